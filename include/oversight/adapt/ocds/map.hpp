// oversight::ocds: from one OCDS release (or compiled release) to a `process_record`.
//
// The mapping, field by field (docs/ocds.md has the table):
//   ocid, id, date                      -> ocid, release id, release day (the date part of the
//                                          date-time as written: the law speaks of days)
//   parties[] (id, name, identifier,    -> organisations; the country of the address (its name,
//     address.countryName, roles)          or an ISO code) and of the identifier scheme's prefix
//                                          ("UA-EDR": UA; "NGA-...": NG)
//   buyer, tender.procuringEntity       -> buyer and procuring entity (by party id; else the
//                                          party with the role; else the object itself, OCDS 1.0)
//   tender.value, awards[].value,       -> the estimated value: the tender's, else the total of
//     contracts[].value                    the contracts, else of the awards (amounts exact; a
//                                          value with VAT included is not the net value: unknown)
//   tender.mainProcurementCategory      -> the object: goods -> supplies, works, services; else
//                                          the CPV division when every code agrees
//   items[].classification (scheme CPV) -> CPV codes (also "45233130", "45233130.0", a number,
//     and additionalClassifications        a leading zero lost: "3000000")
//   tender.tenderPeriod.startDate       -> the launch day; else the earliest day recorded (the
//                                          release's date, an award's date, a signature)
//   tender.procurementMethod            -> open, selective, limited, direct
//   awards[].suppliers, contracts[]     -> the suppliers (of awards that are not cancelled or
//     .suppliers                           unsuccessful, and contracts that are not cancelled)
//   contracts[].dateSigned              -> the signature day (the earliest)
//   awards[].hasSubcontracting          -> subcontracting (Subcontracting extension): false is
//                                          "none"; anything else leaves subcontracts unknown
//   relatedProcesses[] with relationship -> a call-off, under the framework agreement it names
//     "framework"                          (identifier, else title, else id)
//   tender.techniques                   -> true: the process sets up a framework agreement, so
//     .hasFrameworkAgreement               it is no call-off; anything else says nothing
// A value that is not what OCDS says it is (an empty amount, an unknown currency, a status off
// the codelist, a date that is no date, a CPV code that fails) is a warning naming its JSON
// pointer, and the fact is left unknown.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/adapt/ocds/country_names.hpp>
#include <oversight/adapt/ocds/decimal.hpp>
#include <oversight/adapt/ocds/json_dom.hpp>
#include <oversight/adapt/ocds/process.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace ocds::detail {

/// The text of a scalar (numbers are kept as text, see json_dom.hpp), or empty.
inline std::string_view text_of(const json& v) {
  if (v.is_string()) return v.get_ref<const std::string&>();
  return {};
}
/// The member `key` of object `o`, or null.
inline const json* member(const json& o, std::string_view key) {
  if (!o.is_object()) return nullptr;
  const auto it = o.find(key);
  return it == o.end() || it->is_null() ? nullptr : &*it;
}
inline std::string_view member_text(const json& o, std::string_view key) {
  const json* m = member(o, key);
  return m ? text_of(*m) : std::string_view{};
}
/// A text that OCDS lets publishers give per language ("name", or "name_en", "name_fr", ...):
/// the plain member, else its English variant, else the first variant in key order.
inline std::string_view localized_text(const json& o, std::string_view key) {
  if (const std::string_view plain = member_text(o, key); !plain.empty()) return plain;
  const std::string english = std::string(key) + "_en";
  if (const std::string_view en = member_text(o, english); !en.empty()) return en;
  if (!o.is_object()) return {};
  const std::string prefix = std::string(key) + "_";
  for (auto it = o.begin(); it != o.end(); ++it)  // members in key order
    if (it.key().starts_with(prefix) && !text_of(*it).empty()) return text_of(*it);
  return {};
}

/// Collects warnings with their pointers.
class mapper {
 public:
  explicit mapper(process_record& out, std::string pointer_prefix) : out_(out), prefix_(std::move(pointer_prefix)) {}

  void warn(warning_kind kind, std::string_view where, std::string_view value) {
    out_.warnings.push_back(warning{kind, prefix_ + std::string(where), std::string(value.substr(0, 80))});
  }

  // ---- scalars ---------------------------------------------------------------------------------

  /// A day from an ISO 8601 date or date-time ("2016-06-02", "2016-06-02T10:46:23.73+03:00",
  /// "2017-01-20T00:00:00Z"): the date as written.
  std::optional<date> day(const json& v, std::string_view where) {
    const std::string_view t = text_of(v);
    if (t.empty()) {
      warn(warning_kind::date_unparseable, where, v.is_string() ? "" : v.dump());
      return std::nullopt;
    }
    const auto d = date::parse(t.substr(0, 10));
    if (!d || !valid_time_part(t.substr(10))) {
      warn(warning_kind::date_unparseable, where, t);
      return std::nullopt;
    }
    return *d;
  }

  /// An amount and its currency (`{"amount": ..., "currency": ...}`), net of VAT: a value
  /// stated with VAT included is not the net value the thresholds are about, and is left unknown.
  std::optional<money> value(const json& v, std::string_view where) {
    if (!v.is_object()) return std::nullopt;
    const json* amount = member(v, "amount");
    const json* code = member(v, "currency");
    if (!amount) return std::nullopt;  // no amount: nothing said
    const std::string w(where);
    if (const json* vat = member(v, "valueAddedTaxIncluded"); vat && vat->is_boolean() && vat->get<bool>()) {
      warn(warning_kind::value_includes_vat, w + "/valueAddedTaxIncluded", text_of(*amount));
      return std::nullopt;
    }
    if (!code || text_of(*code).empty()) {
      warn(warning_kind::currency_missing, w + "/currency", amount->is_string() ? text_of(*amount) : "");
      return std::nullopt;
    }
    const auto unit = currency::parse(text_of(*code));
    if (!unit) {
      warn(warning_kind::currency_unknown, w + "/currency", text_of(*code));
      return std::nullopt;
    }
    const amount_reading r = read_amount(text_of(*amount), *unit);
    switch (r.problem) {
      case amount_problem::none: return r.value;
      case amount_problem::not_a_number:
        warn(warning_kind::amount_not_a_number, w + "/amount", amount->is_string() ? text_of(*amount) : amount->dump());
        break;
      case amount_problem::negative: warn(warning_kind::amount_negative, w + "/amount", text_of(*amount)); break;
      case amount_problem::too_precise: warn(warning_kind::amount_too_precise, w + "/amount", text_of(*amount)); break;
      case amount_problem::overflow: warn(warning_kind::amount_too_large, w + "/amount", text_of(*amount)); break;
    }
    return std::nullopt;
  }

  /// A status checked against its codelist; std::nullopt (with a warning) when off it.
  std::optional<std::string> status(const json& o, std::string_view where, std::initializer_list<std::string_view> codes) {
    const json* s = member(o, "status");
    if (!s) return std::nullopt;
    const std::string_view t = text_of(*s);
    for (std::string_view c : codes)
      if (t == c) return std::string(t);
    warn(warning_kind::status_invalid, std::string(where) + "/status", t.empty() ? s->dump() : t);
    return std::nullopt;
  }

  // ---- organisations ---------------------------------------------------------------------------

  /// The country of an address's countryName (a name, or an ISO alpha-2 or alpha-3 code).
  std::optional<country> country_named(std::string_view name, std::string_view where) {
    const std::string normal = normalise(name);
    if (normal.empty()) return std::nullopt;
    std::string_view code = alpha2_of_name(normal);
    if (code.empty()) code = alpha2_of_name(name);  // non-ASCII capitals as written
    if (code.empty() && name.size() == 2) code = name;
    if (code.empty() && normal.size() == 3) {
      std::string upper = normal;
      for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      code = alpha2_of_alpha3(upper);
    }
    if (!code.empty())
      if (const auto c = country::parse(code)) return *c;
    warn(warning_kind::country_unknown, where, name);
    return std::nullopt;
  }
  /// The country an identifier scheme registers in ("GB-COH": GB, "NGA-BRBDA": NG), if its
  /// prefix names one.
  static std::optional<country> country_of_scheme(std::string_view scheme) {
    const auto dash = scheme.find('-');
    const std::string_view prefix = scheme.substr(0, dash);
    if (dash == std::string_view::npos || prefix.empty()) return std::nullopt;
    if (prefix.size() == 2) {
      if (const auto c = country::parse(prefix)) return *c;
    } else if (prefix.size() == 3) {
      const std::string_view code = alpha2_of_alpha3(prefix);
      if (!code.empty())
        if (const auto c = country::parse(code)) return *c;
    }
    return std::nullopt;
  }

  organisation org(const json& o, std::string_view where) {
    organisation out;
    out.id = std::string(member_text(o, "id"));
    out.name = std::string(localized_text(o, "name"));
    if (const json* id = member(o, "identifier"); id && id->is_object()) {
      out.scheme = std::string(member_text(*id, "scheme"));
      out.identifier = std::string(member_text(*id, "id"));
      if (out.name.empty()) out.name = std::string(localized_text(*id, "legalName"));
      out.registered_in = country_of_scheme(out.scheme);
    }
    if (const json* address = member(o, "address"); address && address->is_object()) {
      const std::string w = std::string(where) + "/address";
      if (const auto code = member_text(*address, "countryCode"); !code.empty())
        out.address_country = country_named(code, w + "/countryCode");
      else if (const auto name = member_text(*address, "countryName"); !name.empty())
        out.address_country = country_named(name, w + "/countryName");
    }
    if (const json* roles = member(o, "roles"); roles && roles->is_array())
      for (const json& r : *roles)
        if (!text_of(r).empty()) out.roles.emplace_back(text_of(r));
    if (out.id.empty()) out.id = out.identifier.empty() ? out.name : out.identifier_key();
    return out;
  }

  /// The party an OrganizationReference names, from `parties`; the reference itself when it
  /// names none there (OCDS 1.0 put the organisation inline).
  organisation resolve(const json& ref, std::string_view where, const std::vector<organisation>& parties) {
    if (ref.is_string()) {  // some publishers give just the id
      for (const organisation& p : parties)
        if (p.id == text_of(ref)) return p;
      warn(warning_kind::party_unresolved, where, text_of(ref));
      organisation o;
      o.id = std::string(text_of(ref));
      return o;
    }
    const std::string_view id = member_text(ref, "id");
    if (!id.empty())
      for (const organisation& p : parties)
        if (p.id == id) {
          organisation o = p;
          if (o.name.empty()) o.name = std::string(localized_text(ref, "name"));
          return o;
        }
    organisation inline_org = org(ref, where);
    const bool has_own_data = member(ref, "identifier") || member(ref, "address");
    if (!id.empty() && !parties.empty() && !has_own_data) warn(warning_kind::party_unresolved, std::string(where) + "/id", id);
    return inline_org;
  }

  // ---- CPV -------------------------------------------------------------------------------------

  /// A CPV code in one of its real forms (see the header comment), or a warning.
  std::optional<cpv_code> cpv(const json& id, std::string_view where) {
    std::string t(text_of(id));
    while (!t.empty() && (t.back() == ' ')) t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    const std::string original = t;
    // "45233130.0": a number formatted by a spreadsheet.
    if (const auto dot = t.find('.'); dot != std::string::npos && t.find_first_not_of('0', dot + 1) == std::string::npos)
      t.erase(dot);
    const bool digits = !t.empty() && t.find_first_not_of("0123456789") == std::string::npos;
    if (digits && t.size() == 7) t.insert(t.begin(), '0');  // a leading zero lost to a number
    if (digits && t.size() == 9) t.insert(8, 1, '-');       // the check digit without its dash
    const auto code = cpv_code::parse(t);
    if (!code) {
      warn(warning_kind::cpv_invalid, where, original);
      return std::nullopt;
    }
    return *code;
  }

 private:
  static bool valid_time_part(std::string_view rest) {
    if (rest.empty()) return true;
    if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return false;
    rest.remove_prefix(1);
    auto two_digits = [&](std::string_view s, std::size_t at, int max) {
      return s.size() >= at + 2 && s[at] >= '0' && s[at] <= '9' && s[at + 1] >= '0' && s[at + 1] <= '9' &&
             (s[at] - '0') * 10 + (s[at + 1] - '0') <= max;
    };
    if (!two_digits(rest, 0, 23) || rest.size() < 5 || rest[2] != ':' || !two_digits(rest, 3, 59)) return false;
    std::size_t i = 5;
    if (i < rest.size() && rest[i] == ':') {
      if (!two_digits(rest, i + 1, 60)) return false;
      i += 3;
      if (i < rest.size() && (rest[i] == '.' || rest[i] == ',')) {
        const std::size_t start = ++i;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
        if (i == start) return false;
      }
    }
    if (i == rest.size()) return true;
    if ((rest[i] == 'Z' || rest[i] == 'z') && i + 1 == rest.size()) return true;
    if (rest[i] == '+' || rest[i] == '-') {
      const std::string_view tz = rest.substr(i + 1);
      if (tz.size() == 5 && two_digits(tz, 0, 23) && tz[2] == ':' && two_digits(tz, 3, 59)) return true;
      if (tz.size() == 4 && two_digits(tz, 0, 23) && two_digits(tz, 2, 59)) return true;
      if (tz.size() == 2 && two_digits(tz, 0, 23)) return true;
    }
    return false;
  }
  static std::string normalise(std::string_view name) {
    std::string out;
    bool space = false;
    for (char c : name) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  }

  process_record& out_;
  std::string prefix_;
};

inline std::string index_pointer(std::string_view base, std::size_t i) { return std::string(base) + "/" + std::to_string(i); }

/// Calls `f(element, pointer)` for each element of the list `holder[key]`; an object where the
/// list should be is read as a list of one (with a warning).
template <class F>
void for_each_in_list(const json& holder, std::string_view key, const std::string& where, mapper& m, F f) {
  const json* list = member(holder, key);
  if (!list) return;
  const std::string at = where + "/" + std::string(key);
  if (list->is_object()) {
    m.warn(warning_kind::object_for_list, at, "");
    f(*list, at);
    return;
  }
  if (!list->is_array()) return;
  for (std::size_t i = 0; i < list->size(); ++i) f((*list)[i], index_pointer(at, i));
}

/// Adds `v` to `total` when both are in one currency; a different currency makes the total
/// unknown (with a warning, once).
inline void add_to_total(std::optional<money>& total, bool& broken, const money& v, mapper& m, std::string_view where) {
  if (broken) return;
  if (!total) {
    total = v;
    return;
  }
  const auto sum = *total + v;
  if (!sum) {
    m.warn(sum.error().code == money_errc::currency_mismatch ? warning_kind::currencies_differ
                                                                : warning_kind::amount_too_large,
           where, v.unit().code());
    total.reset();
    broken = true;
    return;
  }
  total = *sum;
}

/// Maps one release (or a compiled or merged release) onto a process record.
/// `pointer` is the release's JSON pointer in the input (warnings are relative to it).
inline process_record map_release(const json& r, std::string source, std::string pointer) {
  process_record out;
  out.source = std::move(source);
  mapper m(out, pointer);
  out.ocid = std::string(member_text(r, "ocid"));
  if (out.ocid.empty()) m.warn(warning_kind::ocid_missing, "/ocid", "");
  out.release_id = std::string(member_text(r, "id"));
  out.version = std::string(member_text(r, "version"));
  if (const json* d = member(r, "date")) out.release_date = m.day(*d, "/date");

  // Parties.
  std::vector<organisation> parties;
  if (const json* ps = member(r, "parties"); ps && ps->is_array())
    for (std::size_t i = 0; i < ps->size(); ++i)
      if ((*ps)[i].is_object()) parties.push_back(m.org((*ps)[i], index_pointer("/parties", i)));
  auto with_role = [&](std::string_view role) -> std::optional<organisation> {
    for (const organisation& p : parties)
      if (std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end()) return p;
    return std::nullopt;
  };

  // Buyer and procuring entity.
  if (const json* b = member(r, "buyer")) out.buyer = m.resolve(*b, "/buyer", parties);
  else out.buyer = with_role("buyer");
  const json* tender = member(r, "tender");
  if (tender && tender->is_object()) {
    if (const json* pe = member(*tender, "procuringEntity")) out.procuring_entity = m.resolve(*pe, "/tender/procuringEntity", parties);
  }
  if (!out.procuring_entity) out.procuring_entity = with_role("procuringEntity");
  if (!out.buyer) out.buyer = out.procuring_entity;

  // CPV codes of every item.
  std::size_t items = 0, items_with_cpv = 0;
  auto scan_items = [&](const json& holder, const std::string& where) {
    const json* list = member(holder, "items");
    if (!list || !list->is_array()) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      if (!item.is_object()) continue;
      ++items;
      bool found = false;
      const std::string at = index_pointer(where + "/items", i);
      auto consider = [&](const json& c, const std::string& cw) {
        if (!c.is_object()) return;
        const std::string_view scheme = member_text(c, "scheme");
        if (scheme != "CPV" && scheme != "cpv") return;
        const json* id = member(c, "id");
        if (!id) return;
        if (const auto code = m.cpv(*id, cw + "/id")) {
          found = true;
          if (std::find(out.cpv.begin(), out.cpv.end(), *code) == out.cpv.end()) out.cpv.push_back(*code);
        }
      };
      if (const json* c = member(item, "classification")) consider(*c, at + "/classification");
      if (const json* extra = member(item, "additionalClassifications"); extra && extra->is_array())
        for (std::size_t k = 0; k < extra->size(); ++k)
          consider((*extra)[k], index_pointer(at + "/additionalClassifications", k));
      if (found) ++items_with_cpv;
    }
  };

  // Tender.
  if (tender && tender->is_object()) {
    out.tender_status = m.status(*tender, "/tender",
                                 {"planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"});
    if (const json* v = member(*tender, "value")) out.tender_value = m.value(*v, "/tender/value");
    if (const json* c = member(*tender, "mainProcurementCategory")) {
      const std::string_view t = text_of(*c);
      if (t == "goods") out.object = contract_object::supplies;
      else if (t == "works") out.object = contract_object::works;
      else if (t == "services") out.object = contract_object::services;
      else m.warn(warning_kind::category_invalid, "/tender/mainProcurementCategory", t);
      if (out.object) out.object_from = object_basis::main_procurement_category;
    }
    if (const json* pm = member(*tender, "procurementMethod")) {
      const std::string_view t = text_of(*pm);
      if (t == "open") out.method = procurement_method::open;
      else if (t == "selective") out.method = procurement_method::selective;
      else if (t == "limited") out.method = procurement_method::limited;
      else if (t == "direct") out.method = procurement_method::direct;
      else m.warn(warning_kind::method_invalid, "/tender/procurementMethod", t);
    }
    if (const json* period = member(*tender, "tenderPeriod"))
      if (const json* start = member(*period, "startDate")) {
        out.launched = m.day(*start, "/tender/tenderPeriod/startDate");
        if (out.launched) out.launched_from = launch_basis::tender_period;
      }
    for_each_in_list(*tender, "tenderers", "/tender", m,
                     [&](const json& t, const std::string& w) { out.tenderers.push_back(m.resolve(t, w, parties)); });
    scan_items(*tender, "/tender");
    if (const json* t = member(*tender, "techniques"))
      if (const json* h = member(*t, "hasFrameworkAgreement"); h && h->is_boolean() && h->get<bool>()) out.call_off = false;
  }

  // Framework agreements: a call-off names its framework agreement among its related processes.
  if (const json* related = member(r, "relatedProcesses"); related && related->is_array()) {
    for (const json& p : *related) {
      const json* rel = member(p, "relationship");
      if (!rel || !rel->is_array() ||
          std::none_of(rel->begin(), rel->end(), [](const json& code) { return text_of(code) == "framework"; }))
        continue;
      out.call_off = true;
      for (std::string_view key : {"identifier", "title", "id"})
        if (const std::string_view name = member_text(p, key); !name.empty()) {
          out.framework_id = std::string(name);
          break;
        }
      break;
    }
  }

  // Awards and contracts.
  auto add_supplier = [&](organisation o) {
    for (const organisation& s : out.suppliers)
      if (s.id == o.id) return;
    out.suppliers.push_back(std::move(o));
  };
  std::optional<money> awarded, contracted;
  std::optional<date> earliest = out.release_date;
  auto note_day = [&](const std::optional<date>& d) {
    if (d && (!earliest || *d < *earliest)) earliest = d;
  };
  bool awarded_broken = false, contracted_broken = false;
  std::size_t counted_awards = 0, without_subcontracting = 0, with_subcontracting = 0;
  if (const json* awards = member(r, "awards"); awards && awards->is_array()) {
    for (std::size_t i = 0; i < awards->size(); ++i) {
      const json& a = (*awards)[i];
      if (!a.is_object()) continue;
      ++out.awards;
      const std::string at = index_pointer("/awards", i);
      const auto st = m.status(a, at, {"pending", "active", "cancelled", "unsuccessful"});
      const bool counts = !(st == "cancelled" || st == "unsuccessful");
      if (const json* v = member(a, "value"))
        if (const auto amount = m.value(*v, at + "/value"); amount && counts)
          add_to_total(awarded, awarded_broken, *amount, m, at + "/value");
      if (const json* d = member(a, "date")) note_day(m.day(*d, at + "/date"));
      if (counts)
        for_each_in_list(a, "suppliers", at, m, [&](const json& s, const std::string& w) { add_supplier(m.resolve(s, w, parties)); });
      if (counts) {
        ++counted_awards;
        if (const json* h = member(a, "hasSubcontracting"); h && h->is_boolean())
          ++(h->get<bool>() ? with_subcontracting : without_subcontracting);
      }
      scan_items(a, at);
    }
  }
  if (const json* contracts = member(r, "contracts"); contracts && contracts->is_array()) {
    for (std::size_t i = 0; i < contracts->size(); ++i) {
      const json& c = (*contracts)[i];
      if (!c.is_object()) continue;
      ++out.contracts;
      const std::string at = index_pointer("/contracts", i);
      const auto st = m.status(c, at, {"pending", "active", "cancelled", "terminated"});
      const bool counts = st != "cancelled";
      if (const json* v = member(c, "value"))
        if (const auto amount = m.value(*v, at + "/value"); amount && counts)
          add_to_total(contracted, contracted_broken, *amount, m, at + "/value");
      if (counts)
        for_each_in_list(c, "suppliers", at, m, [&](const json& s, const std::string& w) { add_supplier(m.resolve(s, w, parties)); });
      if (const json* signed_on = member(c, "dateSigned"); signed_on && counts)
        if (const auto d = m.day(*signed_on, at + "/dateSigned"); d && (!out.signed_on || *d < *out.signed_on))
          out.signed_on = d;
      note_day(out.signed_on);
      scan_items(c, at);
    }
  }
  out.awarded_value = awarded;
  out.contracted_value = contracted;
  // Subcontracting: none only when every award that counts says so.
  if (with_subcontracting > 0) out.subcontracting = true;
  else if (counted_awards > 0 && without_subcontracting == counted_awards) out.subcontracting = false;
  if (out.tender_value) {
    out.estimated_value = out.tender_value;
    out.value_from = value_basis::tender;
  } else if (contracted) {
    out.estimated_value = contracted;
    out.value_from = value_basis::contracts;
  } else if (awarded) {
    out.estimated_value = awarded;
    out.value_from = value_basis::awards;
  }
  out.cpv_complete = items > 0 && items == items_with_cpv;
  if (!out.object && !out.cpv.empty() && out.cpv_complete) {
    const cpv_kind first = out.cpv.front().kind();
    if (std::all_of(out.cpv.begin(), out.cpv.end(), [&](const cpv_code& c) { return c.kind() == first; })) {
      out.object = first == cpv_kind::supplies ? contract_object::supplies
                   : first == cpv_kind::works  ? contract_object::works
                                               : contract_object::services;
      out.object_from = object_basis::cpv_division;
    }
  }
  if (!out.launched && earliest) {
    out.launched = earliest;
    out.launched_from = launch_basis::earliest_date;
  }
  return out;
}

}  // namespace ocds::detail
OVERSIGHT_END_NAMESPACE
