// The JSON writer: RFC 8259 escaping (quotes, backslashes, control characters, non-ASCII UTF-8,
// ill-formed UTF-8), the pretty and canonical layouts, and a round trip through a strict reader.
#include <oversight/oversight.hpp>
#include <oversight/report.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <type_traits>

#include "json_check.hpp"
#include "oversight_catch.hpp"

using oversight::report::json;
using oversight::report::json_string;
using oversight::report::json_style;
using oversight::report::write;

TEST_CASE("quotes and backslashes are escaped", "[report][json]") {
  CHECK(json_string(R"(say "no")") == R"("say \"no\"")");
  CHECK(json_string(R"(C:\dir\)") == R"("C:\\dir\\")");
  CHECK(json_string("/") == R"("/")");  // a solidus may stay as it is
}

TEST_CASE("control characters are escaped, short forms where RFC 8259 has them", "[report][json]") {
  CHECK(json_string("a\nb\tc\rd\be\ff") == R"("a\nb\tc\rd\be\ff")");
  CHECK(json_string(std::string("\0", 1)) == R"("\u0000")");
  CHECK(json_string("\x01\x1f") == R"("\u0001\u001f")");
  CHECK(json_string("\x7f") == "\"\x7f\"");  // DEL is not a control character for JSON
}

TEST_CASE("non-ASCII UTF-8 is written as is", "[report][json]") {
  CHECK(json_string("Técnica España") == "\"Técnica España\"");
  CHECK(json_string("€ 12,3 M") == "\"€ 12,3 M\"");                     // 3-byte sequence
  CHECK(json_string("\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8") == "\"\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8\"");  // 4-byte
}

TEST_CASE("ill-formed UTF-8 is replaced by U+FFFD", "[report][json]") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(json_string("a\xFF" "b") == "\"a" + fffd + "b\"");          // never a lead byte
  CHECK(json_string("\xC3") == "\"" + fffd + "\"");                  // truncated sequence
  CHECK(json_string("\xC0\xAF") == "\"" + fffd + fffd + "\"");       // overlong '/'
  CHECK(json_string("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");  // a UTF-16 surrogate
  CHECK(json_string("\xF4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\"");  // above U+10FFFF
}

TEST_CASE("escaped text reads back as the original", "[report][json]") {
  const std::string original = "line 1\nline \"2\"\t\\ Ibérica \x01 €";
  const auto back = json_check::parse(json_string(original));
  REQUIRE(back);
  CHECK(back->as_string() == original);
}

TEST_CASE("pretty and canonical layouts", "[report][json]") {
  json v = json::object();
  v.set("zeta", 1).set("alpha", json::array().push(true).push(nullptr).push("x")).set("mid", json::object());
  v.set("neg", std::int64_t{-9007199254740993});
  CHECK(write(v) ==
        "{\n  \"zeta\": 1,\n  \"alpha\": [\n    true,\n    null,\n    \"x\"\n  ],\n  \"mid\": {},\n"
        "  \"neg\": -9007199254740993\n}\n");
  CHECK(write(v, json_style::canonical) ==
        R"({"alpha":[true,null,"x"],"mid":{},"neg":-9007199254740993,"zeta":1})");
  // Keys sort by their bytes: upper case before lower case, ASCII before UTF-8.
  json keys = json::object();
  keys.set("é", 1).set("b", 2).set("B", 3).set("a", 4);
  CHECK(write(keys, json_style::canonical) == "{\"B\":3,\"a\":4,\"b\":2,\"é\":1}");
}

TEST_CASE("set replaces a member; the same value gives the same bytes", "[report][json]") {
  json a = json::object();
  a.set("k", 1).set("k", "two");
  REQUIRE(a.members().size() == 1);
  CHECK(a.find("k")->as_string() == "two");
  json b = json::object();
  b.set("x", 1).set("y", 2);
  json c = json::object();
  c.set("y", 2).set("x", 1);
  CHECK(write(b, json_style::canonical) == write(c, json_style::canonical));
  CHECK(write(b) != write(c));  // pretty keeps insertion order
  const auto back = json_check::parse(write(b));
  REQUIRE(back);
  CHECK(*back == b);
}

TEST_CASE("integers of every width that fits are JSON integers", "[report][json]") {
  CHECK(write(json(std::int8_t{-8}), json_style::canonical) == "-8");
  CHECK(write(json(std::uint32_t{4'000'000'000U}), json_style::canonical) == "4000000000");
  CHECK(write(json(std::int64_t{-9'223'372'036'854'775'807 - 1}), json_style::canonical) == "-9223372036854775808");
  // A 64-bit unsigned value could wrap: it does not convert implicitly.
  STATIC_REQUIRE(!std::is_convertible_v<std::uint64_t, json>);
  STATIC_REQUIRE(std::is_convertible_v<long long, json>);
}

TEST_CASE("read_json reads strict JSON and names what is wrong and where", "[report][json]") {
  using oversight::report::json_errc;
  using oversight::report::read_json;
  const auto ok = read_json(" {\"a\": [1, -9223372036854775808, true, null, \"\\u00e9\\ud83d\\ude00\"],\r\n \"b\": {}} ");
  REQUIRE(ok);
  CHECK(ok->find("a")->items()[1].as_integer() == std::numeric_limits<std::int64_t>::min());
  CHECK(ok->find("a")->items()[4].as_string() == "\xc3\xa9\xf0\x9f\x98\x80");
  CHECK(ok->find("b")->type() == json::kind::object);

  const auto error_of = [](std::string_view text) {
    const auto r = read_json(text);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == json_errc::malformed_json);
    CHECK(r.error().id() == "OVS-E560");
    return std::string(r.error().context.view());
  };
  CHECK(error_of(R"({"k":1,"k":2})") == "duplicate key at 10");
  CHECK(error_of("1.5") == "only integers are allowed at 1");
  CHECK(error_of("9223372036854775808") == "integer out of range at 18");
  CHECK(error_of("[1,]") == "unexpected character at 3");
  CHECK(error_of("\"\xc3\x28\"") == "invalid UTF-8 at 1");
  CHECK(error_of(R"("\udc00")") == "lone low surrogate at 7");
  CHECK(error_of("{} x") == "text after the JSON value at 3");
  CHECK(error_of("\"a\tb\"") == "control character in string at 2");
  CHECK(read_json("[[[1]]]", 3));         // nesting up to the limit
  CHECK_FALSE(read_json("[[[[1]]]]", 3));  // and no deeper
}

TEST_CASE("read_json: duplicate keys of a large object are found without comparing every pair",
          "[report][json][hostile]") {
  using oversight::report::read_json;
  // 20,000 distinct keys: read in well under a second (each key was compared with every earlier
  // one before: 3.4 s); the sanitizer build times nothing, the test checks the answers.
  std::string text = "{";
  for (int i = 0; i < 20'000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
  const auto ok = read_json(text + "}");
  REQUIRE(ok);
  CHECK(ok->members().size() == 20'000);
  CHECK(ok->members().back().key() == "k19999");  // insertion order kept

  // Two repeated keys: the error names the earlier second occurrence, as reading in order would.
  const std::string repeated = text + ",\"k7\":1,\"k3\":1}";
  const auto r = read_json(repeated);
  REQUIRE_FALSE(r);
  const std::string offset = std::to_string(text.size() + 5);  // just after the repeated "k7"
  CHECK(std::string(r.error().context.view()) == "duplicate key at " + offset);
  // In a small object the check happens as the key is read.
  CHECK_FALSE(read_json(R"({"a":1,"b":2,"a":[)"));
}

TEST_CASE("read_json: nesting is capped whatever max_depth says", "[report][json][hostile]") {
  using oversight::report::json_depth_limit;
  using oversight::report::read_json;
  const auto nested = [](int levels) { return std::string(static_cast<std::size_t>(levels), '[') +
                                              std::string(static_cast<std::size_t>(levels), ']'); };
  CHECK(read_json(nested(json_depth_limit), std::numeric_limits<int>::max()));
  // Deeper than the cap: refused, not a stack overflow (a million levels).
  const auto deep = read_json(nested(1'000'000), std::numeric_limits<int>::max());
  REQUIRE_FALSE(deep);
  CHECK(std::string(deep.error().context.view()) ==
        "nesting too deep at " + std::to_string(json_depth_limit + 1));
  CHECK_FALSE(read_json("[1]", -5));  // a negative limit allows no container at all
  CHECK(read_json("1", -5));
}

TEST_CASE("write_strict refuses text that is not UTF-8 and names where it is", "[report][json][hostile]") {
  using oversight::report::json;
  using oversight::report::json_errc;
  using oversight::report::write_strict;
  json v;
  v.set("ok", "é").set("list", json::array().push("a").push(json::object().set("a/b", "D\xE9" "fense")));
  const auto e = write_strict(v);
  REQUIRE_FALSE(e);
  CHECK(e.error().code == json_errc::not_utf8);
  CHECK(e.error().id() == "OVS-E561");
  CHECK(std::string(e.error().context.view()) == "/list/1/a~1b");
  json key;
  key.set("\xFF", 1);
  CHECK(std::string(write_strict(key).error().context.view()) == "/\xEF\xBF\xBD");
  CHECK(std::string(write_strict(json("\xC0\xAF")).error().context.view()) == "/");  // an overlong '/'
  json good;
  good.set("b", 1).set("a", json::array().push("é").push(nullptr));
  REQUIRE(write_strict(good));
  CHECK(*write_strict(good, oversight::report::json_style::canonical) == R"({"a":["é",null],"b":1})");
}

TEST_CASE("canonical(read(canonical(x))) == canonical(x), ill-formed text included", "[report][json][hostile]") {
  using oversight::report::json;
  using oversight::report::json_style;
  using oversight::report::read_json;
  using oversight::report::write;
  // Random values whose strings and keys mix ASCII, UTF-8 and bytes that are not UTF-8.
  std::uint64_t state = 20261202;
  const auto next = [&](std::uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  const std::string pieces[] = {"a", "b", "z", "é", "€", "\xF0\x9F\x98\x80", "\xFF", "\xFE", "\xC3", "\x80", "\"", "\\", "\n", "~"};
  const auto text = [&] {
    std::string s;
    for (std::uint64_t n = next(4); n-- > 0;) s += pieces[next(std::size(pieces))];
    return s;
  };
  std::function<json(int)> value = [&](int depth) -> json {
    switch (depth > 3 ? next(3) : next(5)) {
      case 0: return json(static_cast<std::int64_t>(next(1000)) - 500);
      case 1: return json(text());
      case 2: return next(2) ? json(true) : json(nullptr);
      case 3: {
        json a = json::array();
        for (std::uint64_t n = next(4); n-- > 0;) a.push(value(depth + 1));
        return a;
      }
      default: {
        json o = json::object();
        for (std::uint64_t n = next(5); n-- > 0;) o.set(text(), value(depth + 1));
        return o;
      }
    }
  };
  int read_back = 0;
  for (int round = 0; round < 2'000; ++round) {
    const json x = value(0);
    const std::string once = write(x, json_style::canonical);
    const auto back = read_json(once);
    // Two keys that differ only in ill-formed bytes become one key as written: such text does
    // not read back (a duplicate key), and write_strict refuses the value.
    if (!back) {
      CHECK(std::string(back.error().context.view()).starts_with("duplicate key"));
      CHECK_FALSE(oversight::report::write_strict(x));
      continue;
    }
    ++read_back;
    CHECK(write(*back, json_style::canonical) == once);
    // What write_strict writes reads back as the value itself (pretty keeps the members' order).
    if (const auto strict = oversight::report::write_strict(x)) CHECK(read_json(*strict).value() == x);
  }
  CHECK(read_back > 1'500);
}
