#pragma once
// ConfigForm: the fields of the configuration keys (spec/copy-engine.md §9) grouped as the
// operator thinks of them — latency, sizing, risk caps, guardrails, breakers — either the
// global settings (every key, seed and the global bankroll included) or one wallet's overrides.

#include "widgets/ConfigKeyEditor.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <map>

namespace slip::ui {

class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    using Mode = ConfigKeyEditor::Mode;
    /// What an unset key shows: its default (global) or the global value (overrides).
    using Fallback = std::function<QJsonValue(const ConfigKeyInfo&)>;

    ConfigForm(Mode mode, const QString& objectPrefix, QWidget* parent = nullptr);

    /// Shows an object (the `global` object with "seed" added, or a wallet's `overrides`).
    void load(const QJsonObject& object, const Fallback& fallback);
    /// Updates what unset keys show.
    void setFallback(const Fallback& fallback);
    /// The keys set in the form, with their values as the fields hold them.
    QJsonObject object() const;
    /// Validation messages of the fields that do not pass, in form order.
    QStringList errors() const;
    /// The field of a key, or null.
    ConfigKeyEditor* editor(const QString& key) const;

Q_SIGNALS:
    /// A field changed.
    void changed();

private:
    std::vector<ConfigKeyEditor*> editors_;
    std::map<QString, ConfigKeyEditor*> byKey_;
};

} // namespace slip::ui
