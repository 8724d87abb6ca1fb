#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace overleg::ui {

// A window's frame moved (and shrunk if need be) so that all of it lies on the available
// screen area: a geometry saved on a larger screen, or on a screen since removed, comes back
// where the user can reach it.
QRect clampToScreen(const QRect &frame, const QRect &available);

// The size of a window on first start: the preferred size, within the available area (a
// 1366x768 laptop leaves about 1366x728 under a panel).
QSize defaultWindowSize(const QRect &available);

// Moves and shrinks a top-level window (not maximised) so that its frame lies on its screen's
// available area.
void keepOnScreen(QWidget *window);

} // namespace overleg::ui
