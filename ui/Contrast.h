#pragma once

#include <QColor>

namespace overleg::ui {

// WCAG 2 contrast: what makes text readable on a background in a light and a dark palette.
double relativeLuminance(const QColor &color);
// 1 (none) to 21 (black on white); WCAG AA asks 4.5 for normal text.
double contrastRatio(const QColor &a, const QColor &b);
constexpr double kMinTextContrast = 4.5;
// Black or white, whichever reads better on background (always at least 4.58 : 1).
QColor textOn(const QColor &background);
// color, made darker or lighter (keeping its hue) until it reads on background at
// kMinTextContrast: a status colour as text on a light or a dark list.
QColor readableOn(const QColor &color, const QColor &background);

} // namespace overleg::ui
