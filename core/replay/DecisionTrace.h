#pragma once
// DecisionTrace: the decision trace stored with a live attempt (copy_attempts.trace_json): what
// each stage reached looked at — amounts and prices in micros, times in ms — and the stage whose
// check failed. Stages are keyed "A gates" … "E fill" so they sort in pipeline order.
//
// Written straight into one buffer: every live attempt carries one, and building it through
// QJsonObject + QJsonDocument was a third of a restart's rebuild. The text is what
// QJsonDocument::toJson(Compact) gives for the same object (keys in bytewise order).

#include "executor/BookWalker.h"
#include "signal/DecisionPipeline.h"

#include <QByteArray>

#include <cstdint>

namespace slip {

/// The trace of attempt `a` decided from `ctx` with pipeline outcome `out`; `walk` is the book
/// walk when stage E ran (null otherwise) and `feeBps` the fee rate it used.
QByteArray decisionTraceJson(const DecisionContext& ctx, const PipelineOutcome& out, const CopyAttempt& a,
                             const BookWalk* walk, std::int64_t feeBps);

} // namespace slip
