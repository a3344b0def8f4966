#include "ui/TicloudImport.h"

#include "base/OutsideText.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "services/TicloudConfigImporter.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace plc {

TicloudImport::Result TicloudImport::run(ProfileStore *profiles, SecretStore *secrets,
                                         QWidget *parent,
                                         const std::function<void(const QString &)> &keyFailed)
{
    const TicloudConfig config = TicloudConfigImporter::load(TicloudConfigImporter::defaultPath());
    if (!config.error.isEmpty())
        return {{}, config.error, true};
    QStringList imported, skipped;
    QList<ImportedProfile> withKeys;
    for (const ImportedProfile &found : config.profiles) {
        if (!found.problem.isEmpty() || profiles->profile(found.name)) {
            // Names from config.toml are outside text: shown with control characters visible.
            const QString shown = OutsideText::visible(found.name);
            skipped.append(found.problem.isEmpty() ? tr("%1 (exists already)").arg(shown)
                                                   : u"%1 (%2)"_s.arg(shown, found.problem));
            continue;
        }
        profiles->save({found.name, found.apiUrl, found.publicKey, {}, {}});
        imported.append(found.name);
        if (!found.privateKey.isEmpty())
            withKeys.append(found);
    }
    if (!config.currentProfile.isEmpty() && imported.contains(config.currentProfile))
        profiles->setActiveProfileName(config.currentProfile);
    Result result;
    result.select = imported.isEmpty() ? QString() : imported.constFirst();
    result.summary =
        tr("Imported: %1.").arg(imported.isEmpty() ? tr("none") : imported.join(u", "_s));
    if (!skipped.isEmpty())
        result.summary += u' ' + tr("Not imported: %1.").arg(skipped.join(u"; "_s));
    result.failed = imported.isEmpty();
    if (withKeys.isEmpty())
        return result;
    // Moving keys into the keychain is the user's choice: config.toml is left as it is.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Private Keys"),
                                tr("config.toml also holds the private keys of %n profile(s). Move "
                                   "them into the keychain? The file itself is not changed.",
                                   nullptr, int(withKeys.size())),
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        box, &QMessageBox::finished, parent,
        [profiles, secrets, parent, withKeys, keyFailed](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            for (const ImportedProfile &found : withKeys) {
                const auto profile = profiles->profile(found.name);
                if (!profile)
                    continue;
                secrets->writeSecret(profile->keyId, found.privateKey)
                    ->onFinished(
                        parent, [](const QString &) {},
                        [keyFailed](const ApiError &error) { keyFailed(error.userMessage()); });
            }
        });
    box->open();
    return result;
}

} // namespace plc
