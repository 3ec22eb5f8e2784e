#include "MessageBar.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace qs::ui {

namespace {

// Tints in the spirit of KMessageWidget: the base colour of each kind, mixed into the window colour.
QColor tintFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Information:
        return QColor(61, 174, 233);
    case MessageBar::Type::Warning:
        return QColor(246, 116, 0);
    case MessageBar::Type::Error:
        return QColor(218, 68, 83);
    }
    return {};
}

QStyle::StandardPixmap iconFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageBar::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share), float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->hide();

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_detailsButton->setToolTip(tr("Show or hide the details of this message"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_detailsButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, 3, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Type type, const QString &text, const QString &details)
{
    m_type = type;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    setDetailsVisible(false);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(type), nullptr, this).pixmap(iconSize, iconSize));
    applyColors();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::details() const
{
    return m_details->text();
}

bool MessageBar::isDetailsVisible() const
{
    return m_detailsButton->isChecked();
}

void MessageBar::setDetailsVisible(bool visible)
{
    m_detailsButton->setChecked(visible && !m_details->text().isEmpty());
    m_details->setVisible(m_detailsButton->isChecked());
}

void MessageBar::dismiss()
{
    hide();
}

void MessageBar::applyColors()
{
    const QColor tint = tintFor(m_type);
    const QColor window = QApplication::palette().color(QPalette::Window); // not ours: the style sheet tints it
    setStyleSheet(
        QStringLiteral("qs--ui--MessageBar { background-color: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(mix(window, tint, 0.18).name(), tint.name()));
}

} // namespace qs::ui
