// Runtime tests: the trail's JSON lines, written and read back strictly.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"
#include "sample_workflow.hpp"

#include <algorithm>
#include <string>

using namespace sample;

namespace {
std::string one_line() {
  const file f;
  run r(on(1, 1));
  (void)r.apply(f, "submitted", {on(1, 2), buyer, "quote \" backslash \\ tab \t newline \n ctrl \x01 é €"});
  return to_json_line(r.trail().back());
}
errc code_of(std::string_view text) { return read_trail(text).error().code; }
}  // namespace

TEST_CASE("the trail round-trips through JSON lines", "[workflow][trail]") {
  file f;
  run r(on(1, 1));
  REQUIRE(r.apply(f, "submitted", {on(1, 2), buyer, "quote \" and \\ and \n and é"}));
  REQUIRE(r.apply(f, "cleared", {on(1, 3), mod, ""}));
  REQUIRE_FALSE(r.apply(f, "certified", {on(1, 4), anyone, ""}));
  const std::string text = write_trail(r.trail());
  CHECK(std::count(text.begin(), text.end(), '\n') == 4);
  const auto back = read_trail(text);
  REQUIRE(back);
  CHECK(*back == r.trail());
  CHECK(write_trail(*back) == text);
  REQUIRE(run::replay(*back));
}

TEST_CASE("a record line has a fixed, readable layout", "[workflow][trail]") {
  const file f;
  run r(on(1, 1));
  (void)r.apply(f, "submitted", {on(1, 2), buyer, "go"});
  const std::string line = to_json_line(r.trail().back());
  CHECK(line.starts_with(R"({"seq":2,"workflow":"review","at":"2025-01-02T09:00:00","kind":"event","name":"submitted",)"
                         R"("actor":"ES-MoI","role":"buyer","reason":"go","from":"draft","to":"security",)"
                         R"("outcome":"applied","error":"","reasons":[],"obligations":[],"prev":")"));
  CHECK(line.ends_with("\"}\n"));
  CHECK(one_line().find(R"(quote \" backslash \\ tab \t newline \n ctrl \u0001 é €)") != std::string::npos);
}

TEST_CASE("escapes are decoded, including surrogate pairs", "[workflow][trail]") {
  std::string line = one_line();
  line.pop_back();
  const auto at = line.find("\"reason\":\"") + 10;
  const auto end = line.find("\",\"from\"");
  line.replace(at, end - at, R"(\u00e9\u20AC\ud83d\ude00\/\b\f\r)");
  const auto r = read_record(line);  // reading does not check hashes: replay does
  REQUIRE(r);
  CHECK(r->reason == "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80/\b\f\r");
  CHECK(read_record(std::string(one_line()).substr(0, one_line().size() - 1))->reason ==
        "quote \" backslash \\ tab \t newline \n ctrl \x01 é €");
}

TEST_CASE("malformed lines and records are typed errors naming the line", "[workflow][trail]") {
  const std::string good = one_line();
  std::string body = good;
  body.pop_back();
  auto with = [&](std::string_view from, std::string_view to) {
    std::string s = body;
    const auto p = s.find(from);
    REQUIRE(p != std::string::npos);
    s.replace(p, from.size(), to);
    return s + "\n";
  };

  SECTION("lines") {
    CHECK(read_trail("").value().empty());
    CHECK(code_of(body) == errc::malformed_trail_line);  // no final newline: truncated
    CHECK(read_trail(body).error().context.view() == "line 1: no end of line (truncated)");
    CHECK(code_of(good + "\n") == errc::malformed_trail_line);  // empty line
    CHECK(read_trail(good + good.substr(0, 50) + "\n").error().context.view().starts_with("line 2: "));
    CHECK(code_of(body + " x\n") == errc::malformed_trail_line);
    CHECK(code_of(body + "\r\n") == errc::malformed_trail_line);
    CHECK(code_of("[1,2]\n") == errc::invalid_trail_record);
  }
  SECTION("JSON syntax") {
    CHECK(code_of(with("\"seq\":2", "\"seq\":2.0")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"seq\":2", "\"seq\":02")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"seq\":2", "\"seq\":1e1")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"seq\":2", "\"seq\":99999999999999999999")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"seq\":2,", "\"seq\":2,\"seq\":2,")) == errc::malformed_trail_line);  // duplicate key
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\\x")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\\ud800")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\\udc00")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\xff")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\xc0\xaf")) == errc::malformed_trail_line);  // overlong
    CHECK(code_of(with("\"reason\":\"", "\"reason\":\"\t")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reasons\":[]", "\"reasons\":[,]")) == errc::malformed_trail_line);
    CHECK(code_of(with("\"reasons\":[]", "\"reasons\":tru")) == errc::malformed_trail_line);
  }
  SECTION("record fields") {
    CHECK(code_of(with("\"seq\":2", "\"seq\":0")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"seq\":2", "\"seq\":\"2\"")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"kind\":\"event\"", "\"kind\":\"party\"")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"outcome\":\"applied\"", "\"outcome\":\"maybe\"")) == errc::invalid_trail_record);
    CHECK(code_of(with("T09:00:00", "T25:00:00")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"prev\":\"", "\"prev\":\"X")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"role\":\"buyer\",", "")) == errc::invalid_trail_record);
    CHECK(read_trail(with("\"role\":\"buyer\",", "")).error().context.view() == "line 1: role");
    CHECK(code_of(with("\"role\":\"buyer\"", "\"role\":\"buyer\",\"extra\":1")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"reasons\":[]", "\"reasons\":[{\"id\":\"a\"}]")) == errc::invalid_trail_record);
    CHECK(code_of(with("\"obligations\":[]", "\"obligations\":[{\"id\":\"a\",\"text\":\"b\",\"due\":\"2025-02-30\"}]")) ==
          errc::invalid_trail_record);
    const auto ok = read_trail(with("\"obligations\":[]", "\"obligations\":[{\"id\":\"a\",\"text\":\"b\",\"due\":null}]"));
    REQUIRE(ok);
    CHECK_FALSE((*ok)[0].obligations[0].due.has_value());
  }
}

namespace {
// A trail of five records: started, submitted, two clearances, a refused certification.
std::vector<record> five_records() {
  const file f;
  run r(on(1, 1));
  (void)r.apply(f, "submitted", {on(1, 2), buyer, "go"});
  (void)r.apply(f, "cleared", {on(1, 3), mod, ""});
  (void)r.apply(f, "cleared", {on(1, 4), moi, ""});
  (void)r.apply(f, "certified", {on(1, 5), anyone, ""});
  return r.trail();
}
std::string context_of(const oversight::result<oversight::report::sha256_digest, errc>& r) {
  REQUIRE_FALSE(r);
  return std::string(r.error().context.view());
}
}  // namespace

TEST_CASE("verify: the chain of SHA-256 digests names the first record that does not follow",
          "[workflow][trail][hostile]") {
  const std::vector<record> good = five_records();
  REQUIRE(good.size() == 5);
  const auto head = oversight::workflow::verify(good);
  REQUIRE(head);
  CHECK(*head == good.back().hash);
  CHECK(oversight::workflow::verify(good, *head));
  CHECK(*oversight::workflow::verify(std::vector<record>{}) == oversight::report::sha256_digest{});

  SECTION("an edited record") {
    auto t = good;
    t[2].reason = "no";
    const auto r = oversight::workflow::verify(t);
    CHECK(r.error().code == errc::trail_hash_mismatch);
    CHECK(context_of(r) == "record 3: content does not match its digest");
    CHECK(run::replay(t).error().code == errc::trail_hash_mismatch);
  }
  SECTION("an edited record whose digest was recomputed: the next one is not linked to it") {
    auto t = good;
    t[2].reason = "no";
    t[2].hash = oversight::workflow::detail::record_digest(t[2]);
    CHECK(context_of(oversight::workflow::verify(t)) == "record 4: not linked to record 3");
  }
  SECTION("a deleted record") {
    auto t = good;
    t.erase(t.begin() + 1);
    const auto r = oversight::workflow::verify(t);
    CHECK(r.error().code == errc::trail_sequence_gap);
    CHECK(context_of(r) == "position 2 holds record 3");
  }
  SECTION("an inserted record") {
    auto t = good;
    t.insert(t.begin() + 3, t[3]);
    CHECK(context_of(oversight::workflow::verify(t)) == "position 5 holds record 4");
  }
  SECTION("two records swapped") {
    auto t = good;
    std::swap(t[2], t[3]);
    CHECK(context_of(oversight::workflow::verify(t)) == "position 3 holds record 4");
  }
  SECTION("records swapped and renumbered: the links give them away") {
    auto t = good;
    std::swap(t[2], t[3]);
    t[2].seq = 3;
    t[3].seq = 4;
    CHECK(context_of(oversight::workflow::verify(t)) == "record 3: not linked to record 2");
  }
  SECTION("a first record that claims a predecessor") {
    auto t = good;
    t[0].prev[0] = 1;
    CHECK(context_of(oversight::workflow::verify(t)) == "record 1: not linked to the start of the trail");
  }
  SECTION("a whole trail rewritten, or cut short, is caught by the head kept elsewhere") {
    auto t = good;
    t[1].reason = "rewritten";
    rechain(t);  // what a forger who can rewrite the whole file does
    REQUIRE(oversight::workflow::verify(t));  // a consistent chain ...
    CHECK(context_of(oversight::workflow::verify(t, *head)) == "the head, record 5, is not the expected one");
    auto cut = good;
    cut.pop_back();
    CHECK(context_of(oversight::workflow::verify(cut, *head)) == "the head, record 4, is not the expected one");
  }
}

TEST_CASE("text that is not UTF-8 is recorded as the trail will hold it, so it replays after reading",
          "[workflow][trail][hostile]") {
  const file f;
  run r(on(1, 1));
  // "Défense" in Latin-1, an actor id with a lone continuation byte, an unknown event in Latin-1.
  REQUIRE(r.apply(f, "submitted", {on(1, 2), {"ES-MoI", "buyer"}, "D\xE9" "fense"}));
  (void)r.apply(f, "cleared", {on(1, 3), {"ES-\x80", "mod"}, ""});
  (void)r.apply(f, "sign\xE9", {on(1, 4), anyone, ""});
  CHECK(r.trail()[1].reason == "D\xEF\xBF\xBD" "fense");
  const auto back = read_trail(write_trail(r.trail()));
  REQUIRE(back);
  CHECK(*back == r.trail());
  CHECK(run::replay(*back));
}
