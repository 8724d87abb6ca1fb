#include "Contrast.h"

#include <algorithm>
#include <cmath>

namespace overleg::ui {

double relativeLuminance(const QColor &color) {
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background) {
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QColor readableOn(const QColor &color, const QColor &background) {
    if (contrastRatio(color, background) >= kMinTextContrast)
        return color;
    // Towards black on a light background, towards white on a dark one, in small steps of
    // lightness so the hue stays recognisable.
    const bool darken = relativeLuminance(background) > 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    color.toHsl().getHslF(&h, &s, &l, &a);
    for (int step = 0; step < 100; ++step) {
        l = std::clamp(l + (darken ? -0.02f : 0.02f), 0.0f, 1.0f);
        const QColor candidate = QColor::fromHslF(h, s, l, 1.0f).toRgb();
        if (contrastRatio(candidate, background) >= kMinTextContrast)
            return candidate;
    }
    return textOn(background);
}

} // namespace overleg::ui
