#pragma once
// TableItems: the read-only cells the panels' QTableWidgets are filled with.

#include <QString>
#include <QTableWidgetItem>

namespace slip::ui {

/// A cell with text, an optional tooltip, right-aligned for figures.
inline QTableWidgetItem* tableItem(const QString& text, const QString& tip = {}, bool right = false)
{
    auto* i = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace slip::ui
