// oversight::report: SHA-256 (FIPS 180-4, section 6.2).
//
// The decision record's content hash and the policy fingerprint are SHA-256 digests, so that a
// record names exactly the text it was computed from. This is a plain, constexpr implementation
// of the standard (no allocation, no tables computed at run time), so a digest can also be
// checked in a static_assert:
//
//     static_assert(oversight::report::sha256_hex("abc") ==
//                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
//
// Input is a sequence of bytes (`std::string_view`, any length up to 2^61 - 1 bytes); the
// digest is 32 bytes, or 64 lower-case hexadecimal characters.
#pragma once

#include <oversight/detail/config.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace report {

/// A SHA-256 digest: 32 bytes.
using sha256_digest = std::array<std::uint8_t, 32>;

/// A digest in lower-case hexadecimal, as a fixed-size text that converts to a string view.
struct sha256_text {
  std::array<char, 64> chars{};
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars.data(), chars.size()}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: a text is a view
  friend constexpr bool operator==(const sha256_text& a, std::string_view b) noexcept { return a.view() == b; }
  friend constexpr bool operator==(const sha256_text&, const sha256_text&) noexcept = default;
};

/// Incremental SHA-256: `update` any number of times, then `finish` once.
class sha256 {
 public:
  constexpr sha256() noexcept = default;

  /// Adds bytes to the message.
  constexpr sha256& update(std::string_view bytes) noexcept {
    for (const char c : bytes) {
      block_[fill_++] = static_cast<std::uint8_t>(c);
      if (fill_ == block_.size()) {
        compress();
        fill_ = 0;
      }
    }
    length_ += bytes.size();
    return *this;
  }

  /// Pads the message (FIPS 180-4, 5.1.1) and returns the digest.
  [[nodiscard]] constexpr sha256_digest finish() noexcept {
    const std::uint64_t bits = static_cast<std::uint64_t>(length_) * 8U;
    block_[fill_++] = 0x80;
    if (fill_ > 56) {
      while (fill_ < 64) block_[fill_++] = 0;
      compress();
      fill_ = 0;
    }
    while (fill_ < 56) block_[fill_++] = 0;
    for (int i = 7; i >= 0; --i) block_[fill_++] = static_cast<std::uint8_t>(bits >> (8 * i));
    compress();
    fill_ = 0;
    sha256_digest out{};
    for (std::size_t i = 0; i < 8; ++i)
      for (std::size_t j = 0; j < 4; ++j) out[i * 4 + j] = static_cast<std::uint8_t>(h_[i] >> (24 - 8 * j));
    return out;
  }

 private:
  static constexpr std::uint32_t rotr(std::uint32_t x, int n) noexcept { return (x >> n) | (x << (32 - n)); }

  // The first 32 bits of the fractional parts of the cube roots of the first 64 primes (4.2.2).
  static constexpr std::array<std::uint32_t, 64> k{
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

  // One block (6.2.2).
  constexpr void compress() noexcept {
    std::array<std::uint32_t, 64> w{};
    for (std::size_t t = 0; t < 16; ++t)
      w[t] = static_cast<std::uint32_t>(block_[4 * t]) << 24 | static_cast<std::uint32_t>(block_[4 * t + 1]) << 16 |
             static_cast<std::uint32_t>(block_[4 * t + 2]) << 8 | static_cast<std::uint32_t>(block_[4 * t + 3]);
    for (std::size_t t = 16; t < 64; ++t) {
      const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
      const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4], f = h_[5], g = h_[6], h = h_[7];
    for (std::size_t t = 0; t < 64; ++t) {
      const std::uint32_t sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const std::uint32_t ch = (e & f) ^ (~e & g);
      const std::uint32_t t1 = h + sum1 + ch + k[t] + w[t];
      const std::uint32_t sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
      const std::uint32_t t2 = sum0 + maj;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h_[0] += a;
    h_[1] += b;
    h_[2] += c;
    h_[3] += d;
    h_[4] += e;
    h_[5] += f;
    h_[6] += g;
    h_[7] += h;
  }

  // The initial hash value (5.3.3).
  std::array<std::uint32_t, 8> h_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<std::uint8_t, 64> block_{};
  std::size_t fill_ = 0;
  std::size_t length_ = 0;  ///< message length in bytes
};

/// The digest of `bytes`.
[[nodiscard]] constexpr sha256_digest sha256_of(std::string_view bytes) noexcept {
  return sha256{}.update(bytes).finish();
}

/// A digest as 64 lower-case hexadecimal characters.
[[nodiscard]] constexpr sha256_text to_hex(const sha256_digest& d) noexcept {
  constexpr std::string_view digits = "0123456789abcdef";
  sha256_text out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    out.chars[2 * i] = digits[d[i] >> 4];
    out.chars[2 * i + 1] = digits[d[i] & 0x0f];
  }
  return out;
}

/// The digest of `bytes` in hexadecimal.
[[nodiscard]] constexpr sha256_text sha256_hex(std::string_view bytes) noexcept { return to_hex(sha256_of(bytes)); }

}  // namespace report
OVERSIGHT_END_NAMESPACE
