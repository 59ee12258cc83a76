#include "widgets/ConfigForm.h"

#include "models/ConfigKeyText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace slip::ui {

ConfigForm::ConfigForm(Mode mode, const QString& objectPrefix, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    std::vector<QFormLayout*> groups;
    for (int g = 0; g < ConfigKeyText::GroupCount; ++g) {
        auto* box = new QGroupBox(ConfigKeyText::groupTitle(ConfigKeyText::Group(g)), this);
        box->setObjectName(objectPrefix + QStringLiteral("Group%1").arg(g));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        groups.push_back(form);
        layout->addWidget(box);
    }
    for (const ConfigKeyInfo& info : EngineConfig::keys()) {
        if (info.kind == ConfigKeyInfo::Kind::Boolean)
            continue; // paused and kill_switch live on the toolbar
        if (mode == Mode::Override && info.level != ConfigKeyInfo::Level::Wallet)
            continue;
        auto* editor = new ConfigKeyEditor(info, mode, objectPrefix, this);
        auto* label = new QLabel(ConfigKeyText::label(info.key), this);
        label->setToolTip(editor->toolTip());
        label->setBuddy(editor->field());
        groups[std::size_t(ConfigKeyText::group(info.key))]->addRow(label, editor);
        editors_.push_back(editor);
        byKey_[info.key] = editor;
        connect(editor, &ConfigKeyEditor::changed, this, &ConfigForm::changed);
    }
    layout->addStretch(1);
}

void ConfigForm::load(const QJsonObject& object, const Fallback& fallback)
{
    for (ConfigKeyEditor* e : editors_) {
        const QString& key = e->info().key;
        e->setState(object.contains(key), object.value(key), fallback(e->info()));
    }
}

void ConfigForm::setFallback(const Fallback& fallback)
{
    for (ConfigKeyEditor* e : editors_)
        e->setFallback(fallback(e->info()));
}

QJsonObject ConfigForm::object() const
{
    QJsonObject o;
    for (ConfigKeyEditor* e : editors_)
        if (e->isSet())
            o.insert(e->info().key, e->value());
    return o;
}

QStringList ConfigForm::errors() const
{
    QStringList out;
    for (ConfigKeyEditor* e : editors_)
        if (!e->error().isEmpty())
            out << e->error();
    return out;
}

ConfigKeyEditor* ConfigForm::editor(const QString& key) const
{
    auto it = byKey_.find(key);
    return it == byKey_.end() ? nullptr : it->second;
}

} // namespace slip::ui
