#include "widgets/ConfigKeyEditor.h"

#include "models/ConfigKeyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace slip::ui {
namespace {

QString toText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& s : v.toArray())
            items << s.toString();
        return items.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

ConfigKeyEditor::ConfigKeyEditor(const ConfigKeyInfo& info, Mode mode, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), info_(info), mode_(mode)
{
    setObjectName(objectPrefix + QStringLiteral("Editor_") + info.key);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto* row = new QHBoxLayout;
    const QString tip = ConfigKeyText::explain(info.key) + QStringLiteral("\n") +
                        tr("Key: %1. Allowed: %2.").arg(info.key, info.rangeText());
    if (mode_ == Mode::Override) {
        override_ = new QCheckBox(tr("Override"), this);
        override_->setObjectName(objectPrefix + QStringLiteral("Override_") + info.key);
        override_->setToolTip(tr("Checked: this wallet uses its own value. Unchecked: it follows the global value."));
        row->addWidget(override_);
        connect(override_, &QCheckBox::toggled, this, [this](bool on) {
            if (!loading_)
                setSetState(on);
        });
    }
    if (info.kind == ConfigKeyInfo::Kind::Choice) {
        combo_ = new QComboBox(this);
        combo_->addItems(info.choices);
        field_ = combo_;
        connect(combo_, &QComboBox::currentIndexChanged, this, [this] {
            if (loading_)
                return;
            if (mode_ == Mode::Global && !set_)
                set_ = true;
            validate();
            Q_EMIT changed();
        });
    } else {
        line_ = new QLineEdit(this);
        if (info.kind == ConfigKeyInfo::Kind::OptionalInteger)
            line_->setPlaceholderText(tr("the market's rate"));
        if (info.kind == ConfigKeyInfo::Kind::StringList)
            line_->setPlaceholderText(tr("none"));
        field_ = line_;
        connect(line_, &QLineEdit::textEdited, this, [this] {
            if (mode_ == Mode::Global)
                set_ = !(info_.kind == ConfigKeyInfo::Kind::OptionalInteger && line_->text().trimmed().isEmpty());
            validate();
            Q_EMIT changed();
        });
    }
    field_->setObjectName(objectPrefix + QStringLiteral("_") + info.key);
    field_->setToolTip(tip);
    field_->setMinimumWidth(140);
    row->addWidget(field_, 1);
    // The unit in a column of its own width, so the fields of a group line up.
    auto* u = new QLabel(ConfigKeyText::unit(info.key), this);
    u->setToolTip(tip);
    u->setMinimumWidth(u->fontMetrics().horizontalAdvance(QStringLiteral("USDC")) + 4);
    row->addWidget(u);
    if (mode_ == Mode::Global) {
        reset_ = new QToolButton(this);
        reset_->setObjectName(objectPrefix + QStringLiteral("Reset_") + info.key);
        reset_->setText(tr("Default"));
        reset_->setToolTip(tr("Remove this key from the configuration: the engine uses its default."));
        row->addWidget(reset_);
        connect(reset_, &QToolButton::clicked, this, [this] { setSetState(false); });
    }
    outer->addLayout(row);
    hint_ = new QLabel(this);
    hint_->setObjectName(objectPrefix + QStringLiteral("Hint_") + info.key);
    hint_->setWordWrap(true);
    hint_->setToolTip(tip);
    QFont small = hint_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint_->setFont(small);
    outer->addWidget(hint_);
    setToolTip(tip);
    validate();
}

void ConfigKeyEditor::setState(bool isSet, const QJsonValue& value, const QJsonValue& fallback)
{
    loading_ = true;
    set_ = isSet;
    fallback_ = fallback;
    if (override_)
        override_->setChecked(isSet);
    showValue(isSet ? value : fallback);
    loading_ = false;
    validate();
}

void ConfigKeyEditor::setFallback(const QJsonValue& fallback)
{
    fallback_ = fallback;
    if (!set_) {
        loading_ = true;
        showValue(fallback_);
        loading_ = false;
        validate();
    }
}

void ConfigKeyEditor::setSetState(bool isSet)
{
    set_ = isSet;
    if (!set_) {
        loading_ = true;
        showValue(fallback_);
        loading_ = false;
    }
    validate();
    Q_EMIT changed();
}

void ConfigKeyEditor::showValue(const QJsonValue& v)
{
    if (combo_)
        combo_->setCurrentIndex(std::max(0, int(info_.choices.indexOf(v.toString()))));
    else
        line_->setText(toText(v));
}

QJsonValue ConfigKeyEditor::value() const
{
    if (combo_)
        return combo_->currentText();
    const QString text = line_->text().trimmed();
    switch (info_.kind) {
    case ConfigKeyInfo::Kind::Integer:
    case ConfigKeyInfo::Kind::OptionalInteger: {
        bool ok = false;
        const qint64 x = text.toLongLong(&ok);
        return ok ? QJsonValue(x) : QJsonValue(QJsonValue::Undefined);
    }
    case ConfigKeyInfo::Kind::StringList: {
        QJsonArray list;
        for (const QString& s : text.split(u',', Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                list.append(s.trimmed());
        return list;
    }
    default:
        return text;
    }
}

void ConfigKeyEditor::validate()
{
    error_.clear();
    const bool editable = mode_ == Mode::Global || set_;
    field_->setEnabled(editable);
    if (reset_)
        reset_->setEnabled(set_);
    if (set_) {
        const QJsonValue v = value();
        if (v.isUndefined())
            error_ = tr("%1: must be %2").arg(info_.key, info_.rangeText());
        else if (Status s = EngineConfig::validateValue(info_.key, v); !s)
            error_ = s.error();
    }
    QString text;
    if (!error_.isEmpty())
        text = error_;
    else if (set_)
        text = tr("Allowed: %1").arg(info_.rangeText());
    else if (mode_ == Mode::Global)
        text = tr("Default. Allowed: %1").arg(info_.rangeText());
    else
        text = tr("Follows the global value. Allowed: %1").arg(info_.rangeText());
    hint_->setText(text);
    hint_->setProperty("invalid", !error_.isEmpty());
    QPalette pal = hint_->palette();
    pal.setColor(QPalette::WindowText, error_.isEmpty() ? palette().color(QPalette::PlaceholderText)
                                                        : QColor(0xd0, 0x30, 0x30));
    hint_->setPalette(pal);
}

} // namespace slip::ui
