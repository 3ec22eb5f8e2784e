#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace qs::ui {

// A message inside the window, above the content: never modal, so nothing waits for a click.
// Shows one message at a time with an icon, an optional "Details" toggle and a close button.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Type { Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    void showMessage(Type type, const QString &text, const QString &details = {});
    void showError(const QString &text, const QString &details = {}) { showMessage(Type::Error, text, details); }
    void showWarning(const QString &text, const QString &details = {}) { showMessage(Type::Warning, text, details); }
    void showInformation(const QString &text, const QString &details = {})
    {
        showMessage(Type::Information, text, details);
    }

    Type type() const { return m_type; }
    QString text() const;
    QString details() const;
    bool isDetailsVisible() const;
    void setDetailsVisible(bool visible);

public Q_SLOTS:
    void dismiss();

private:
    void applyColors();

    Type m_type = Type::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace qs::ui
