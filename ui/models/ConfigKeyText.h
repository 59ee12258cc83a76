#pragma once
// ConfigKeyText: how the Config panel names, groups and explains each key of
// spec/copy-engine.md §9, in the operator's words (labels, units and tooltips).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace slip::ui {

class ConfigKeyText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigKeyText)
public:
    enum Group { Latency, Sizing, RiskCaps, Guardrails, Breakers, GroupCount };

    /// The group a key is shown in.
    static Group group(const QString& key);
    /// The group's title.
    static QString groupTitle(Group g);
    /// A short label for the key.
    static QString label(const QString& key);
    /// The key's unit as shown beside its field ("ms", "bps", "USDC", …), or empty.
    static QString unit(const QString& key);
    /// What the key does and how its value is read.
    static QString explain(const QString& key);
};

} // namespace slip::ui
