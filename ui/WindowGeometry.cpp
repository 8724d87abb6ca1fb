#include "WindowGeometry.h"

#include <QtGlobal>

namespace overleg::ui {

QRect clampToScreen(const QRect &frame, const QRect &available) {
    if (available.isEmpty())
        return frame;
    QRect r = frame;
    r.setWidth(qMin(frame.width(), available.width()));
    r.setHeight(qMin(frame.height(), available.height()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

QSize defaultWindowSize(const QRect &available) {
    const QSize preferred(1280, 760);
    if (available.isEmpty())
        return preferred;
    // Room for the frame and title bar the window manager adds around the client area.
    const QSize room(available.width() - 16, available.height() - 48);
    return preferred.boundedTo(room).expandedTo(QSize(640, 480)).boundedTo(available.size());
}

} // namespace overleg::ui
