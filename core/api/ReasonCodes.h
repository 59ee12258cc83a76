#pragma once
// ReasonCodes (façade): the fixed list of skip reasons of spec/copy-engine.md §5 as core/api
// hands them to the UI, so panels can name and explain codes without reaching into the engine.

#include "signal/ReasonCodes.h"

namespace slip::api {
namespace reason = slip::reason;
}
