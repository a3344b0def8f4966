#include "ui/widgets/LanguageMenu.h"

#include "services/LanguageManager.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace plc {

void fillLanguageMenu(QMenu *menu, LanguageManager *languages)
{
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = menu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(u"languageAction_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == languages->currentLanguage());
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, languages, [languages](QAction *action) {
        languages->chooseLanguage(action->data().toString());
    });
    QObject::connect(languages, &LanguageManager::languageChanged, group,
                     [group](const QString &language) {
                         const auto actions = group->actions();
                         for (QAction *action : actions)
                             action->setChecked(action->data().toString() == language);
                     });
}

} // namespace plc
