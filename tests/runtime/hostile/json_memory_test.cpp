// What report::read_json allocates, counted by a replacement operator new: at its peak, at most
// 8 bytes per byte of input and a few KiB of the reader's own, whatever the shape of the text.
#include <oversight/oversight.hpp>
#include <oversight/report.hpp>

#include "oversight_catch.hpp"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>

namespace {
std::atomic<std::size_t> live{0}, peak{0};

void* counted(std::size_t size) {
  // The size sits in front of the block, where operator delete finds it.
  auto* block = static_cast<std::size_t*>(std::malloc(size + 2 * sizeof(std::size_t)));
  if (block == nullptr) throw std::bad_alloc();
  block[0] = size;
  const std::size_t now = live.fetch_add(size) + size;
  std::size_t seen = peak.load();
  while (now > seen && !peak.compare_exchange_weak(seen, now)) {
  }
  return block + 2;
}
void uncounted(void* p) noexcept {
  if (p == nullptr) return;
  auto* block = static_cast<std::size_t*>(p) - 2;
  live.fetch_sub(block[0]);
  std::free(block);
}

// The peak of bytes allocated while reading `text`, above what was allocated before.
std::size_t peak_while_reading(const std::string& text) {
  const std::size_t before = live.load();
  peak.store(before);
  {
    const auto value = oversight::report::read_json(text, oversight::report::json_depth_limit);
    REQUIRE(value);
  }
  return peak.load() - before;
}

// The bound: 8 bytes a byte, and 8 KiB of the reader's own.
std::size_t bound(const std::string& text) { return 8 * text.size() + 8 * 1024; }

std::string repeated(std::string_view open, std::string_view element, std::size_t n, std::string_view close) {
  std::string out(open);
  out.reserve(open.size() + n * (element.size() + 1) + close.size());
  for (std::size_t i = 0; i < n; ++i) (out += i ? "," : "") += element;
  return out += close;
}
}  // namespace

// Every form of new and delete without an alignment, so that each block is freed by the
// function that knows how it was allocated.
void* operator new(std::size_t size) { return counted(size); }
void* operator new[](std::size_t size) { return counted(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return counted(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { uncounted(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { uncounted(p); }

TEST_CASE("read_json takes at most 8 bytes a byte of input, whatever its shape", "[hostile][json][memory]") {
  constexpr std::size_t n = 200'000;
  struct shape {
    const char* what;
    std::string text;
  };
  std::string keyed = "{";
  for (std::size_t i = 0; i < n; ++i) keyed += (i ? ",\"" : "\"") + std::to_string(i) + "\":0";
  keyed += "}";
  const shape shapes[] = {
      {"an array of zeros", repeated("[", "0", n, "]")},
      {"an array of one-element arrays", repeated("[", "[0]", n, "]")},
      {"an array of empty objects", repeated("[", "{}", n, "]")},
      {"an array of one-letter strings", repeated("[", "\"a\"", n, "]")},
      {"an array of nine-byte strings", repeated("[", "\"abcdefghi\"", n, "]")},
      {"an object of numbered keys", keyed},
      {"an array of arrays of nine zeros", repeated("[", "[0,0,0,0,0,0,0,0,0]", n / 10, "]")},
      {"an array of small objects", repeated("[", "{\"a\":[0],\"b\":{}}", n / 8, "]")},
      {"nesting 200 deep", std::string(200, '[') + std::string(200, ']')},
  };
  for (const auto& s : shapes) {
    INFO(s.what << ": " << s.text.size() << " bytes of text");
    const std::size_t used = peak_while_reading(s.text);
    INFO(used << " bytes at the peak, " << static_cast<double>(used) / static_cast<double>(s.text.size()) << "x");
    CHECK(used <= bound(s.text));
  }
}
