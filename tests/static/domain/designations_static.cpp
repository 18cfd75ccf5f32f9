// The designations the library ships (domain/designations.hpp): who is named, from which day,
// and by which document; matched by the first word of a supplier's name.
#include <oversight/domain/designations.hpp>

namespace {
using namespace oversight;
namespace des = oversight::designations;

// The Commission's communication of 15 June 2023 names Huawei and ZTE (facts sheet 6.4).
static_assert(des::published.size() == 2);
static_assert(des::published_for("Huawei").size() == 1);
static_assert(des::published_for("ZTE Corporation").size() == 1);
static_assert(des::published_for("Huawei")[0].kind == designation_kind::high_risk_supplier);
static_assert(des::published_for("Huawei")[0].by == "European Commission");
static_assert(!des::published_for("Huawei")[0].by_state.has_value());
static_assert(des::published_for("Huawei")[0].on == date{2023, 6, 15});
static_assert(des::published_for("ZTE")[0].instrument == des::toolbox_communication_2023);

// A name is matched by its first word, without regard to case; nothing else is.
static_assert(des::names("Huawei", "Huawei Technologies Co., Ltd."));
static_assert(des::names("Huawei", "HUAWEI TECHNOLOGIES ESPAÑA, S.L."));
static_assert(des::names("Huawei", "huawei"));
static_assert(des::names("ZTE", "ZTE-Corporation"));
static_assert(!des::names("Huawei", "Huaweii Ltd"));
static_assert(!des::names("Huawei", "Huaweiñ"));
static_assert(!des::names("Huawei", "A Huawei reseller"));
static_assert(!des::names("ZTE", "AZTEC Systems"));
static_assert(!des::names("ZTE", "ZT"));
static_assert(!des::names("ZTE", ""));
static_assert(des::published_for("Ericsson AB").empty());
static_assert(des::published_for("").empty());

// A supplier that takes them is designated from the day of the communication, not before.
constexpr supplier huawei{.id = "huawei", .name = "Huawei Technologies Co., Ltd.",
                          .designations = des::published_for("Huawei Technologies Co., Ltd.")};
static_assert(huawei.designated(designation_kind::high_risk_supplier, date{2023, 6, 14}) == truth::false_);
static_assert(huawei.designated(designation_kind::high_risk_supplier, date{2023, 6, 15}) == truth::true_);
static_assert(huawei.designated(designation_kind::sanctioned, date{2025, 1, 1}) == truth::false_);

}  // namespace
