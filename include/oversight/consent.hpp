// oversight: the consent part — electorates, ballots, consent rules, outcomes and presets.
//
// Includes every header of the part, the text explanations (consent/explain.hpp, which uses
// <string>) included.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/acts.hpp>
#include <oversight/consent/as_fact.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/consent/coalition.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/errc.hpp>
#include <oversight/consent/explain.hpp>
#include <oversight/consent/fraction.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/consent/presets/eu.hpp>
#include <oversight/consent/presets/nato.hpp>
#include <oversight/consent/presets/un.hpp>
#include <oversight/consent/rules.hpp>
