#pragma once
// ConfigKeyEditor: the field of one configuration key (spec/copy-engine.md §9) with the widget
// its type calls for, a switch between "set here" and the value it falls back to (the default
// in the global settings, the global value in a wallet's overrides) and the allowed range
// shown inline — in red, with the validation message, when the value does not pass.

#include "config/EngineConfig.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace slip::ui {

class ConfigKeyEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Global, Override };

    ConfigKeyEditor(const ConfigKeyInfo& info, Mode mode, const QString& objectPrefix, QWidget* parent = nullptr);

    const ConfigKeyInfo& info() const { return info_; }
    /// Shows a value: set (present in the object) or not (showing fallback, undefined = none).
    void setState(bool isSet, const QJsonValue& value, const QJsonValue& fallback);
    /// Changes what an unset field shows (the default or the inherited global value).
    void setFallback(const QJsonValue& fallback);
    /// True when the key is present in the object being edited.
    bool isSet() const { return set_; }
    /// The value the field holds as JSON (undefined when it does not parse).
    QJsonValue value() const;
    /// The validation message, empty when the value passes (or the key is not set).
    QString error() const { return error_; }
    /// The widget holding the value (QLineEdit or QComboBox).
    QWidget* field() const { return field_; }
    /// The inline hint: the allowed range, or the validation message.
    QLabel* hint() const { return hint_; }

Q_SIGNALS:
    /// The value or its set/unset state changed.
    void changed();

private:
    void showValue(const QJsonValue& v);
    void validate();
    void setSetState(bool isSet);

    ConfigKeyInfo info_;
    Mode mode_;
    bool set_ = false;
    bool loading_ = false;
    QJsonValue fallback_;
    QString error_;
    QWidget* field_ = nullptr;
    QLineEdit* line_ = nullptr;
    QComboBox* combo_ = nullptr;
    QCheckBox* override_ = nullptr;
    QToolButton* reset_ = nullptr;
    QLabel* hint_ = nullptr;
};

} // namespace slip::ui
