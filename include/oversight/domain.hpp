// oversight: the domain vocabulary, every header of the part. Text rendering (money_text.hpp)
// allocates and is included by name.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/bloc.hpp>
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/classification.hpp>
#include <oversight/domain/contract.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/domain/currency.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/designations.hpp>
#include <oversight/domain/entity.hpp>
#include <oversight/domain/instrument.hpp>
#include <oversight/domain/instruments.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/domain/obligations.hpp>
#include <oversight/domain/ownership.hpp>
#include <oversight/domain/supplier.hpp>

// The screening and its facts were part of the domain; they are <oversight/screening.hpp> now,
// still included here for one release.
#include <oversight/screening.hpp>
