// SHA-256 against the test vectors of FIPS 180-4 (NIST's example computations for SHA-256 and
// the additional vectors of the Secure Hash Algorithm Validation System), at compile time and at
// run time, whole and in pieces.
#include <oversight/oversight.hpp>
#include <oversight/report.hpp>

#include <string>
#include <string_view>

#include "oversight_catch.hpp"

namespace {

using oversight::report::sha256;
using oversight::report::sha256_hex;
using oversight::report::to_hex;

constexpr std::string_view msg448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
constexpr std::string_view msg896 =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
    "nopqrstu";

// One block, one block plus padding, two blocks: the standard's three examples.
static_assert(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
static_assert(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
static_assert(sha256_hex(msg448) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
static_assert(sha256_hex(msg896) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");

}  // namespace

TEST_CASE("SHA-256 of the FIPS 180-4 examples at run time", "[report][sha256]") {
  // Built at run time, so the run-time code path is the one tested.
  const std::string abc = std::string("ab") + "c";
  CHECK(sha256_hex(abc) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex(std::string(msg448)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 of one million 'a'", "[report][sha256]") {
  const std::string million(1'000'000, 'a');
  CHECK(sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 fed in pieces equals SHA-256 of the whole", "[report][sha256]") {
  // Every split point of a message longer than two blocks: padding crosses each boundary.
  const std::string text = std::string(msg896) + std::string(msg448);
  const auto whole = sha256_hex(text);
  for (std::size_t cut = 0; cut <= text.size(); ++cut) {
    sha256 h;
    h.update(std::string_view(text).substr(0, cut)).update(std::string_view(text).substr(cut));
    REQUIRE(to_hex(h.finish()) == whole);
  }
}

TEST_CASE("SHA-256 around the padding boundary", "[report][sha256]") {
  // 55 bytes fit with the length in one block; 56 need a second one. Values from an independent
  // implementation (GNU coreutils sha256sum).
  CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}
