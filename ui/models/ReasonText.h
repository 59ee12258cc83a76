#pragma once
// ReasonText: what each skip reason code of spec/copy-engine.md §5 means, in the operator's
// words, for tooltips and the decision trace; plus the stage that reports it.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace slip::ui {

class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(ReasonText)
public:
    /// Every reason code in the canonical order of §5.
    static const QStringList& codes();
    /// One or two sentences on what the code means and what caused it; the code itself when unknown.
    static QString explain(const QString& code);
    /// The pipeline stage that reports the code ("A gates", "B sizing", …).
    static QString stage(const QString& code);
    /// A tooltip for a comma-separated list of codes: each code with its explanation.
    static QString tooltipFor(const QStringList& codes);
};

} // namespace slip::ui
