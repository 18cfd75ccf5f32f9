// oversight::ocds: one contracting process read from OCDS, and what a caller adds to it.
//
// A `process` is what one OCDS release, or one record (its compiled release, or its releases
// merged), says about a contracting process, mapped onto the library's vocabulary: a `contract`
// (buyer, value, object, CPV codes, launch and signature days), the `supplier`s it awards to,
// and the warnings met on the way. It owns everything it read: the contract, the suppliers and
// every text they refer to live in one heap block that moves with the process, so what it hands
// out stays valid as long as the process does, and the accessors cannot be called on a
// temporary (`read(...)[0].contract()` does not compile).
//
// What the data does not say stays unknown (std::nullopt), never a default: OCDS has no field for
// the purpose of a system, the supplier's access to its data, who controls its firmware, its
// classification, or whether the buyer is a central government authority. A caller who knows
// them supplies them through `supplements`: per process (ocid), per buyer (party id, identifier
// or name) or per CPV code range, the most specific first, field by field, and for every process. Designations of
// suppliers (e.g. the Commission's communication of 15 June 2023 naming two suppliers as
// high-risk) are supplied the same way; a designation list declared complete makes every other
// supplier "not designated" rather than unknown.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/contract.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/designations.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/domain/ownership.hpp>
#include <oversight/domain/supplier.hpp>
#include <oversight/detail/enum_text.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace ocds {

// ---- warnings -----------------------------------------------------------------------------------

/// What was wrong with a value the reader met. The value is left unknown; the warning names where
/// it is (a JSON pointer into the input) and what it was.
enum class warning_kind : std::uint8_t {
  amount_not_a_number,    ///< an empty string or text where an amount should be
  amount_negative,        ///< a negative amount
  amount_too_precise,     ///< more decimals than the currency has
  amount_too_large,       ///< beyond 64-bit minor units
  currency_missing,       ///< an amount without a currency
  currency_unknown,       ///< a currency that is not an ISO 4217 code
  currencies_differ,      ///< values to be added up are in several currencies
  value_includes_vat,     ///< a value stated with VAT included (valueAddedTaxIncluded): the net value is unknown
  date_unparseable,       ///< a date that is not an ISO 8601 date or date-time
  status_invalid,         ///< a status not in the OCDS codelist
  category_invalid,       ///< a mainProcurementCategory other than goods, works, services
  method_invalid,         ///< a procurementMethod other than open, selective, limited, direct
  cpv_invalid,            ///< a CPV code that is malformed, of no division, or fails its check digit
  country_unknown,        ///< a country name or code that names no ISO 3166 country
  party_unresolved,       ///< a reference to a party id that `parties` does not hold
  object_for_list,        ///< an object where OCDS has a list (read as a list of one)
  ocid_missing,           ///< a release or record without an ocid
  release_not_embedded,   ///< a record whose releases are links, without a compiled release
  top_level_ignored       ///< a member of a package that is not an array where one was expected
};

constexpr std::string_view to_string_view(warning_kind k) noexcept {
  constexpr std::string_view text[] = {
      "amount_not_a_number", "amount_negative",  "amount_too_precise", "amount_too_large",
      "currency_missing",    "currency_unknown", "currencies_differ",  "value_includes_vat", "date_unparseable",
      "status_invalid",      "category_invalid", "method_invalid",     "cpv_invalid",
      "country_unknown",     "party_unresolved", "object_for_list",    "ocid_missing",
      "release_not_embedded",
      "top_level_ignored"};
  return oversight::detail::enum_text(text, k);
}

/// One warning: its kind, where (a JSON pointer, prefixed "line N: " in JSON Lines) and the
/// offending text (cut at 80 bytes).
struct warning {
  warning_kind kind;
  std::string where;
  std::string value;
  friend bool operator==(const warning&, const warning&) = default;
};

// ---- what a process says ------------------------------------------------------------------------

/// The OCDS procurement methods (codelist `method`).
enum class procurement_method : std::uint8_t { open, selective, limited, direct };
constexpr std::string_view to_string_view(procurement_method m) noexcept {
  constexpr std::string_view text[] = {"open", "selective", "limited", "direct"};
  return oversight::detail::enum_text(text, m);
}

/// Where the estimated value was taken from: the tender, or, where the publisher gives none, the
/// total of the contracts, or of the awards.
enum class value_basis : std::uint8_t { tender, contracts, awards };
constexpr std::string_view to_string_view(value_basis b) noexcept {
  constexpr std::string_view text[] = {"tender", "contracts", "awards"};
  return oversight::detail::enum_text(text, b);
}

/// Where the launch day was taken from: the start of the tender period, or, where the publisher
/// gives none, the earliest day the process records (its release, an award, a signature): the
/// procedure was launched on or before it.
enum class launch_basis : std::uint8_t { tender_period, earliest_date };
constexpr std::string_view to_string_view(launch_basis b) noexcept {
  constexpr std::string_view text[] = {"tender period", "earliest date recorded"};
  return oversight::detail::enum_text(text, b);
}

/// Where the object (goods, works, services) was taken from.
enum class object_basis : std::uint8_t { main_procurement_category, cpv_division };
constexpr std::string_view to_string_view(object_basis b) noexcept {
  constexpr std::string_view text[] = {"mainProcurementCategory", "CPV division"};
  return oversight::detail::enum_text(text, b);
}

/// An organisation as the process names it: its party id, name, identifier and countries.
struct organisation {
  std::string id;                          ///< the party id (the identifier, or the name, when it has none)
  std::string name;
  std::string scheme;                      ///< identifier.scheme ("UA-EDR", "GB-COH", ...)
  std::string identifier;                  ///< identifier.id
  std::optional<country> registered_in{};  ///< from the identifier scheme's country prefix
  std::optional<country> address_country{};  ///< from address.countryName (or countryCode)
  std::vector<std::string> roles;

  /// "scheme/identifier" when both are given, else empty: the key `supplements` match first.
  [[nodiscard]] std::string identifier_key() const {
    return scheme.empty() || identifier.empty() ? std::string() : scheme + "/" + identifier;
  }
  friend bool operator==(const organisation&, const organisation&) = default;
};

/// What one release or record says about a contracting process, in the library's terms, before
/// anything is supplied. Every optional member is std::nullopt when the data does not say.
struct process_record {
  std::string ocid;
  std::string release_id;
  std::optional<date> release_date{};
  std::string source;          ///< "<input name>#<JSON pointer of the release or record>"
  std::string publisher;       ///< the package's publisher.name, when given
  std::string version;         ///< the package's or release's OCDS version, when given
  bool from_record = false;    ///< read from a record (compiled, or merged from its releases)

  std::optional<organisation> buyer{};
  std::optional<organisation> procuring_entity{};
  std::optional<std::string> tender_status{};
  std::optional<procurement_method> method{};
  std::optional<contract_object> object{};
  std::optional<object_basis> object_from{};
  std::optional<money> estimated_value{};
  std::optional<value_basis> value_from{};
  std::optional<money> tender_value{};
  std::optional<money> awarded_value{};     ///< total of the awards that are not cancelled or unsuccessful
  std::optional<money> contracted_value{};  ///< total of the contracts that are not cancelled
  std::optional<date> launched{};
  std::optional<launch_basis> launched_from{};
  std::optional<date> signed_on{};          ///< the earliest dateSigned of a contract that is not cancelled
  std::vector<cpv_code> cpv;                ///< every valid CPV code of the items, once each
  bool cpv_complete = false;                ///< every item has a valid CPV code (so `cpv` is all of them)
  std::optional<bool> subcontracting{};     ///< from the Subcontracting extension's hasSubcontracting
  /// A call-off: true when a related process is its framework agreement (relationship
  /// "framework"); false when the process sets up a framework agreement
  /// (tender.techniques.hasFrameworkAgreement); else not recorded.
  std::optional<bool> call_off{};
  std::string framework_id;                 ///< the related framework agreement's identifier, else its title or id
  std::vector<organisation> suppliers;      ///< of the awards and contracts that are not cancelled or unsuccessful
  std::vector<organisation> tenderers;
  std::size_t awards = 0, contracts = 0;
  std::vector<warning> warnings;
};

// ---- what a caller adds --------------------------------------------------------------------------

/// What a caller knows that OCDS does not say. Each member is std::nullopt when not supplied.
struct supplement {
  std::optional<purpose> aim{};
  std::optional<sector> field{};
  std::optional<data_access> supplier_access{};
  std::optional<update_control> firmware_and_updates{};
  std::optional<bool> remote_maintenance{};
  std::optional<security_level> highest_classification{};
  std::optional<bool> collective_defence{};
  std::optional<authority_kind> buyer_kind{};
  std::optional<bool> buyer_defence_field{};
  std::optional<bool> social_services{};
  std::optional<bool> annex_iii_products{};
  std::optional<bool> eu_wide_notice{};
  std::optional<bool> essential_security_interest_invoked{};
  std::optional<exclusion_ground> excluded_under{};
  /// Whether the process is a call-off under a framework agreement (over what the data says), and
  /// that framework agreement's launch day and estimated value, which OCDS does not carry in the
  /// call-off's release.
  std::optional<bool> call_off{};
  std::optional<date> framework_launched{};
  std::optional<money> framework_value{};

  /// Fills every member this supplement leaves unset from `other`.
  void fill_from(const supplement& other) {
    auto take = [](auto& mine, const auto& theirs) {
      if (!mine) mine = theirs;
    };
    take(aim, other.aim);
    take(field, other.field);
    take(supplier_access, other.supplier_access);
    take(firmware_and_updates, other.firmware_and_updates);
    take(remote_maintenance, other.remote_maintenance);
    take(highest_classification, other.highest_classification);
    take(collective_defence, other.collective_defence);
    take(buyer_kind, other.buyer_kind);
    take(buyer_defence_field, other.buyer_defence_field);
    take(social_services, other.social_services);
    take(annex_iii_products, other.annex_iii_products);
    take(eu_wide_notice, other.eu_wide_notice);
    take(essential_security_interest_invoked, other.essential_security_interest_invoked);
    take(excluded_under, other.excluded_under);
    take(call_off, other.call_off);
    take(framework_launched, other.framework_launched);
    take(framework_value, other.framework_value);
  }
};

/// A designation of a supplier, with the texts it quotes owned.
struct supplied_designation {
  designation_kind kind = designation_kind::high_risk_supplier;
  std::string by;                   ///< "European Commission"
  std::optional<country> by_state{};
  date on;                          ///< the day of the designation (required)
  std::string instrument;           ///< "Communication of 15 June 2023 ..."
};

/// What callers supply, and to which processes (see the header comment).
class supplements {
 public:
  /// For the process with this ocid.
  supplements& for_process(std::string ocid, supplement s) {
    by_process_.emplace_back(std::move(ocid), s);
    return *this;
  }
  /// For every process of this buyer: its party id, its identifier as "scheme/id", or its name.
  supplements& for_buyer(std::string buyer, supplement s) {
    by_buyer_.emplace_back(std::move(buyer), s);
    return *this;
  }
  /// For every process with a CPV code in [first, last] (by code number).
  supplements& for_cpv(cpv_code first, cpv_code last, supplement s) {
    by_cpv_.push_back({first, last, s});
    return *this;
  }
  /// For every process, after what is supplied more specifically.
  supplements& for_every_process(supplement s) {
    every_.fill_from(s);
    return *this;
  }
  /// A designation of the supplier with this identifier ("scheme/id") or name.
  supplements& designate(std::string supplier, supplied_designation d) {
    designations_.emplace_back(std::move(supplier), std::move(d));
    return *this;
  }
  /// Adds the designations the library ships (<oversight/domain/designations.hpp>) to every
  /// supplier they name, with those given by `designate`.
  supplements& published_designations(bool use = true) {
    published_designations_ = use;
    return *this;
  }
  /// Declares the designations given complete: a supplier none names is recorded as not
  /// designated (rather than unknown).
  supplements& designations_complete(bool complete = true) {
    designations_complete_ = complete;
    return *this;
  }

  /// What is supplied for `p`: the process's own, then its buyer's, then its CPV codes', then
  /// what is supplied for every process, field by field.
  [[nodiscard]] supplement for_record(const process_record& p) const {
    supplement out;
    for (const auto& [ocid, s] : by_process_)
      if (ocid == p.ocid) out.fill_from(s);
    if (p.buyer) {
      const std::string key = p.buyer->identifier_key();
      for (const auto& [buyer, s] : by_buyer_)
        if (buyer == p.buyer->id || (!key.empty() && buyer == key) || (!p.buyer->name.empty() && buyer == p.buyer->name))
          out.fill_from(s);
    }
    for (const auto& range : by_cpv_)
      for (const cpv_code& c : p.cpv)
        if (range.first.number() <= c.number() && c.number() <= range.last.number()) {
          out.fill_from(range.s);
          break;
        }
    out.fill_from(every_);
    return out;
  }
  /// The designations of `o`, matched by identifier, then name.
  [[nodiscard]] std::vector<const supplied_designation*> designations_of(const organisation& o) const {
    std::vector<const supplied_designation*> out;
    const std::string key = o.identifier_key();
    for (const auto& [who, d] : designations_)
      if ((!key.empty() && who == key) || (!o.name.empty() && who == o.name)) out.push_back(&d);
    return out;
  }
  [[nodiscard]] bool designations_are_complete() const noexcept { return designations_complete_; }
  [[nodiscard]] bool uses_published_designations() const noexcept { return published_designations_; }

 private:
  struct cpv_supplement {
    cpv_code first, last;
    supplement s;
  };
  std::vector<std::pair<std::string, supplement>> by_process_;
  std::vector<std::pair<std::string, supplement>> by_buyer_;
  std::vector<cpv_supplement> by_cpv_;
  supplement every_;
  std::vector<std::pair<std::string, supplied_designation>> designations_;
  bool designations_complete_ = false;
  bool published_designations_ = false;
};

// ---- the process ---------------------------------------------------------------------------------

/// A contracting process read from OCDS, mapped and supplemented (see the header comment).
/// Move-only; what it hands out lives as long as it does.
class process {
 public:
  /// The process `record` says, with what `supply` adds (nothing when null).
  explicit process(process_record record, const supplements* supply = nullptr)
      : state_(std::make_unique<state>(std::move(record), supply)) {}

  process(process&&) noexcept = default;
  process& operator=(process&&) noexcept = default;
  process(const process&) = delete;
  process& operator=(const process&) = delete;
  ~process() = default;

  /// What the data says, before anything was supplied.
  [[nodiscard]] const process_record& record() const& noexcept { return state_->record; }
  const process_record& record() const&& = delete;
  [[nodiscard]] const std::string& ocid() const noexcept { return state_->record.ocid; }
  [[nodiscard]] std::span<const warning> warnings() const noexcept { return state_->record.warnings; }
  /// What was supplied for it.
  [[nodiscard]] const supplement& supplied() const noexcept { return state_->supplied; }

  /// The contract, in the library's vocabulary.
  [[nodiscard]] const contract& deal() const& noexcept { return state_->deal; }
  const contract& deal() const&& = delete;
  /// The suppliers the process awards to, in order of appearance (empty before an award).
  [[nodiscard]] std::span<const supplier> suppliers() const& noexcept { return state_->suppliers; }
  std::span<const supplier> suppliers() const&& = delete;
  /// What is known of the procedure beyond the contract (from the supplements).
  [[nodiscard]] const procedure_record& procedure() const noexcept { return state_->procedure; }
  /// The ownership view over the suppliers (their owners are not recorded: controllers unknown).
  [[nodiscard]] ownership_view owners() const& noexcept { return ownership_view({}, state_->suppliers); }
  ownership_view owners() const&& = delete;

  /// The screening of supplier `index` (or, with no supplier, of `no_supplier_recorded`) on day
  /// `on`.
  [[nodiscard]] screening screening_of(std::optional<std::size_t> index, date on,
                                       const consent::ballot_box* consent = nullptr) const& {
    const supplier& who = index && *index < state_->suppliers.size() ? state_->suppliers[*index] : no_supplier_recorded;
    return screening{.deal = state_->deal,
                     .main_supplier = who,
                     .owners = owners(),
                     .on = on,
                     .procedure = state_->procedure,
                     .other_states_consent = consent};
  }
  screening screening_of(std::optional<std::size_t>, date, const consent::ballot_box* = nullptr) const&& = delete;

  /// The day the process is judged on by default: its release date, else its launch day.
  [[nodiscard]] std::optional<date> natural_day() const noexcept {
    return state_->record.release_date ? state_->record.release_date : state_->record.launched;
  }

 private:
  struct state {
    process_record record;
    supplement supplied;
    std::deque<std::string> texts;  // stable storage for the texts the views name
    std::vector<supplier> suppliers;
    std::vector<std::vector<designation>> designations;
    framework_agreement framework{};  // a call-off's, which `deal` points to
    contract deal{};
    procedure_record procedure{};

    state(process_record r, const supplements* supply) : record(std::move(r)) {
      if (supply) supplied = supply->for_record(record);
      build_suppliers(supply);
      build_contract();
      procedure = procedure_record{.eu_wide_notice = supplied.eu_wide_notice,
                                   .essential_security_interest_invoked = supplied.essential_security_interest_invoked,
                                   .excluded_under = supplied.excluded_under};
    }
    state(const state&) = delete;
    state& operator=(const state&) = delete;

    std::string_view keep(std::string_view s) { return texts.emplace_back(s); }

    void build_suppliers(const supplements* supply) {
      designations.resize(record.suppliers.size());
      suppliers.reserve(record.suppliers.size());
      for (std::size_t i = 0; i < record.suppliers.size(); ++i) {
        const organisation& o = record.suppliers[i];
        recorded_lists lists = recorded_lists::none;
        if (supply) {
          for (const supplied_designation* d : supply->designations_of(o))
            designations[i].push_back(
                designation{d->kind, keep(d->by), d->by_state, d->on, keep(d->instrument)});
          if (supply->uses_published_designations())  // the shipped data outlives every process
            for (const designation& d : oversight::designations::published_for(o.name)) designations[i].push_back(d);
          if (supply->designations_are_complete() || !designations[i].empty())
            lists = lists | recorded_lists::designations;
        }
        supplier s{.id = keep(o.id),
                   .name = keep(o.name),
                   .incorporated_in = o.registered_in,
                   .headquarters = o.address_country,
                   .designations = designations[i],
                   .recorded = lists};
        suppliers.push_back(s);
      }
    }

    void build_contract() {
      const process_record& r = record;
      contracting_authority buyer{};
      if (r.buyer) {
        buyer.name = keep(r.buyer->name.empty() ? r.buyer->id : r.buyer->name);
        buyer.state = r.buyer->address_country ? r.buyer->address_country : r.buyer->registered_in;
      }
      buyer.kind = supplied.buyer_kind;
      buyer.defence_field = supplied.buyer_defence_field;
      deal = contract{.id = keep(r.ocid),
                      .authority = buyer,
                      .main_supplier = suppliers.empty() ? std::string_view{} : suppliers.front().id,
                      .estimated_value = r.estimated_value,
                      .object = r.object,
                      .cpv = r.cpv_complete ? std::optional<std::span<const cpv_code>>(record.cpv) : std::nullopt,
                      .subcontracts = r.subcontracting == false ? std::optional<std::span<const subcontract>>(no_subcontracts)
                                                                : std::nullopt,
                      .field = supplied.field,
                      .aim = supplied.aim,
                      .supplier_access = supplied.supplier_access,
                      .firmware_and_updates = supplied.firmware_and_updates,
                      .remote_maintenance = supplied.remote_maintenance,
                      .highest_classification = supplied.highest_classification,
                      .collective_defence = supplied.collective_defence,
                      .launched = r.launched,
                      .signed_on = r.signed_on,
                      .social_services = supplied.social_services,
                      .annex_iii_products = supplied.annex_iii_products};
      const std::optional<bool> call_off = supplied.call_off ? supplied.call_off : r.call_off;
      if (call_off == false) deal.framework = not_a_call_off;
      if (call_off == true) {
        framework = framework_agreement{.id = keep(r.framework_id),
                                        .launched = supplied.framework_launched,
                                        .estimated_value = supplied.framework_value};
        deal.framework = &framework;
      }
    }
  };
  std::unique_ptr<state> state_;
};

}  // namespace ocds
OVERSIGHT_END_NAMESPACE
