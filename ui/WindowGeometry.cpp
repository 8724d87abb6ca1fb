#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QMargins>
#include <QScreen>
#include <QWidget>
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

void keepOnScreen(QWidget *window) {
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QScreen *on = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!on)
        return;
    const QRect inner = window->geometry();
    const QRect outer = window->frameGeometry();
    QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(),
                   outer.right() - inner.right(), outer.bottom() - inner.bottom());
    // Before the window is shown its frame is not known: a usual title bar and border.
    if (frame.isNull())
        frame = QMargins(8, 32, 8, 8);
    const QRect framed = inner.marginsAdded(frame);
    const QRect clamped = clampToScreen(framed, on->availableGeometry());
    if (clamped != framed)
        window->setGeometry(clamped.marginsRemoved(frame));
}

} // namespace overleg::ui
