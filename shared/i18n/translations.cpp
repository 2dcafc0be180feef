#include "shared/i18n/translations.hpp"

#include <initializer_list>
#include <string_view>

#include "shared/i18n/i18n.hpp"

namespace hw {
namespace {

struct Entry {
  Msg msg;
  std::string_view text;
};

void Add(Language language, std::initializer_list<Entry> entries) {
  for (const Entry& e : entries) AddTranslation(language, e.msg, e.text);
}

}  // namespace

// Translations are first drafts, one file per language in shared/i18n/translations/; the
// README asks native speakers to review them.
void AddBuiltInTranslations() {
  Add(Language::Hindi, {
#include "shared/i18n/translations/hi.inc"
                       });
  Add(Language::Nepali, {
#include "shared/i18n/translations/ne.inc"
                        });
  Add(Language::Bengali, {
#include "shared/i18n/translations/bn.inc"
                         });
  Add(Language::Urdu, {
#include "shared/i18n/translations/ur.inc"
                      });
  Add(Language::Thai, {
#include "shared/i18n/translations/th.inc"
                      });
  Add(Language::Khmer, {
#include "shared/i18n/translations/km.inc"
                       });
  Add(Language::Lao, {
#include "shared/i18n/translations/lo.inc"
                     });
  Add(Language::Indonesian, {
#include "shared/i18n/translations/id.inc"
                            });
  Add(Language::Filipino, {
#include "shared/i18n/translations/fil.inc"
                          });
  Add(Language::Vietnamese, {
#include "shared/i18n/translations/vi.inc"
                            });
}

}  // namespace hw
