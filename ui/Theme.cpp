#include "Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace qs::ui {

namespace {

struct ThemeText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::Theme)
};

const QString settingsKey = QStringLiteral("appearance/theme");

Theme g_current = Theme::System;

// What Qt started with, to go back to for System.
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    const QColor window(45, 47, 50), base(30, 31, 34), text(230, 230, 230), disabledText(128, 128, 128);
    const QColor highlight(42, 130, 218), link(110, 170, 240);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
    p.setColor(QPalette::ToolTipBase, QColor(60, 62, 66));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 72, 76));
    p.setColor(QPalette::Midlight, QColor(58, 60, 64));
    p.setColor(QPalette::Mid, QColor(110, 112, 116));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme t : { Theme::System, Theme::Light, Theme::Dark })
        if (key == themeKey(t))
            return t;
    return std::nullopt;
}

QString themeLabel(Theme theme)
{
    switch (theme) {
    case Theme::Light: return ThemeText::tr("&Light");
    case Theme::Dark: return ThemeText::tr("&Dark");
    case Theme::System: break;
    }
    return ThemeText::tr("&System");
}

void applyTheme(Theme theme)
{
    const SystemLook &system = systemLook(); // remembered before the first change
    static bool changed = false;
    if (theme == Theme::System && !changed) {
        g_current = theme; // untouched: Qt keeps following the desktop's own palette changes
        return;
    }
    changed = true;
    if (theme == Theme::System) {
        if (QApplication::style()->name().compare(system.style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
    } else {
        if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    g_current = theme;
}

Theme currentTheme()
{
    return g_current;
}

Theme savedTheme()
{
    return themeFromKey(QSettings().value(settingsKey).toString()).value_or(Theme::System);
}

void saveTheme(Theme theme)
{
    QSettings().setValue(settingsKey, themeKey(theme));
}

} // namespace qs::ui
