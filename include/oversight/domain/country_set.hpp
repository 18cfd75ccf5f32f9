// oversight: sets of countries.
//
// A `country_set` is a fixed bitset with one bit per ISO 3166-1 alpha-2 code (indexed by
// `country::index()`), so union, intersection, difference, bloc_membership and size are a handful of
// word operations and the whole set is a literal value: `members_on(d)` of a bloc is a
// `country_set`, and "EU and NATO" is `eu & nato`.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/popcount.hpp>
#include <oversight/domain/country.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

/// A set of countries: one bit per assigned ISO 3166-1 alpha-2 code.
class country_set {
  static constexpr std::size_t word_bits = 64;
  static constexpr std::size_t word_count = (country::count + word_bits - 1) / word_bits;

  static constexpr std::uint64_t bit(country c) noexcept { return std::uint64_t{1} << (c.index() % word_bits); }
  // Word `i` of the set {c}, without a branch.
  static constexpr std::uint64_t only(country c, std::size_t i) noexcept {
    return bit(c) & (std::uint64_t{0} - static_cast<std::uint64_t>(i == c.index() / word_bits));
  }
  // The | of f(i) over every word i, written out (declared before its first use: Clang 14 does
  // not evaluate a member template defined further down in a constant expression).
  template <class F>
  static constexpr std::uint64_t any_word(F f) noexcept {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return (std::uint64_t{0} | ... | f(I));
    }(std::make_index_sequence<word_count>{});
  }

 public:
  constexpr country_set() noexcept = default;
  constexpr country_set(std::initializer_list<country> members) noexcept {
    for (country c : members) insert(c);
  }

  /// Every assigned code.
  static constexpr country_set all() noexcept {
    country_set s;
    for (std::size_t i = 0; i < country::count; ++i) s.words_[i / word_bits] |= std::uint64_t{1} << (i % word_bits);
    return s;
  }

  constexpr country_set& insert(country c) noexcept {
    words_[c.index() / word_bits] |= bit(c);
    return *this;
  }
  constexpr country_set& erase(country c) noexcept {
    words_[c.index() / word_bits] &= ~bit(c);
    return *this;
  }
  [[nodiscard]] constexpr bool contains(country c) const noexcept {
    return (words_[c.index() / word_bits] & bit(c)) != 0;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (auto w : words_) n += detail::popcount64(w);
    return n;
  }
  [[nodiscard]] constexpr bool empty() const noexcept {
    return any_word([&](std::size_t i) { return words_[i]; }) == 0;
  }
  /// True when every member of this set is a member of `other`. Every word is looked at, in
  /// straight-line code (no loop, no early return): nothing to mispredict, and two equal tests
  /// in one function are one to the optimiser.
  [[nodiscard]] constexpr bool subset_of(const country_set& other) const noexcept {
    return any_word([&](std::size_t i) { return words_[i] & ~other.words_[i]; }) == 0;
  }
  /// True when this set and `other` have a member in common (as `subset_of`, without branches).
  [[nodiscard]] constexpr bool intersects(const country_set& other) const noexcept {
    return any_word([&](std::size_t i) { return words_[i] & other.words_[i]; }) != 0;
  }
  /// `subset_of` and `intersects` for this set without `except`, as if it were erased first;
  /// nothing is built, so a hot loop keeps the words in registers.
  [[nodiscard]] constexpr bool subset_of(const country_set& other, country except) const noexcept {
    return any_word([&](std::size_t i) { return words_[i] & ~other.words_[i] & ~only(except, i); }) == 0;
  }
  [[nodiscard]] constexpr bool intersects(const country_set& other, country except) const noexcept {
    return any_word([&](std::size_t i) { return words_[i] & other.words_[i] & ~only(except, i); }) != 0;
  }

  /// Union, intersection and difference ("EU without NATO" is `eu - nato`).
  friend constexpr country_set operator|(country_set a, const country_set& b) noexcept {
    for (std::size_t i = 0; i < word_count; ++i) a.words_[i] |= b.words_[i];
    return a;
  }
  friend constexpr country_set operator&(country_set a, const country_set& b) noexcept {
    for (std::size_t i = 0; i < word_count; ++i) a.words_[i] &= b.words_[i];
    return a;
  }
  friend constexpr country_set operator-(country_set a, const country_set& b) noexcept {
    for (std::size_t i = 0; i < word_count; ++i) a.words_[i] &= ~b.words_[i];
    return a;
  }
  constexpr country_set& operator|=(const country_set& b) noexcept { return *this = *this | b; }
  constexpr country_set& operator&=(const country_set& b) noexcept { return *this = *this & b; }
  constexpr country_set& operator-=(const country_set& b) noexcept { return *this = *this - b; }
  friend constexpr bool operator==(const country_set&, const country_set&) noexcept = default;

  /// Iterates the members in alphabetical order of their codes.
  class iterator {
   public:
    using value_type = country;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::forward_iterator_tag;

    constexpr iterator() noexcept = default;
    constexpr country operator*() const noexcept { return country::from_index(index_).value(); }
    constexpr iterator& operator++() noexcept {
      index_ = set_->next(index_ + 1);
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.index_ == b.index_; }

   private:
    friend class country_set;
    constexpr iterator(const country_set* s, std::size_t i) noexcept : set_(s), index_(i) {}
    const country_set* set_ = nullptr;
    std::size_t index_ = country::count;
  };

  [[nodiscard]] constexpr iterator begin() const noexcept { return {this, next(0)}; }
  [[nodiscard]] constexpr iterator end() const noexcept { return {this, country::count}; }

 private:
  // First member at or after index `from`, or country::count.
  constexpr std::size_t next(std::size_t from) const noexcept {
    while (from < country::count) {
      const std::uint64_t w = words_[from / word_bits] >> (from % word_bits);
      if (w != 0) {
        const std::size_t i = from + static_cast<std::size_t>(std::countr_zero(w));
        return i < country::count ? i : country::count;
      }
      from = (from / word_bits + 1) * word_bits;
    }
    return country::count;
  }

  std::array<std::uint64_t, word_count> words_{};
};

OVERSIGHT_END_NAMESPACE
