#pragma once
// Scrolled: a panel part that scrolls rather than forcing its height on the window (which must
// still fit a 768-pixel-high screen).

#include <QFrame>
#include <QScrollArea>

namespace slip::ui {

/// inner in a frameless scroll area that resizes it to the visible width.
inline QScrollArea* scrolled(QWidget* inner, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace slip::ui
