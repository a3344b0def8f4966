#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

class QLabel;

namespace plc {

/// Help › About: the version and the Qt it runs on, the license, and where the console is
/// talking to now (the embedded sandbox, or which API URL with which profile). Copy Details puts
/// the same facts on the clipboard for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Backend
    {
        bool sandbox = false; ///< the embedded sandbox answers
        QUrl apiUrl;          ///< the API the console talks to (empty: none yet)
        QString profileName;  ///< the active profile's name (empty for the sandbox)
    };

    explicit AboutDialog(const Backend &backend, QWidget *parent = nullptr);

    /// The facts, one per line, as Copy Details puts them on the clipboard.
    QString details() const;

private:
    QString backendText() const;

    Backend m_backend;
};

} // namespace plc
