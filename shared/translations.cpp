#include "shared/translations.hpp"

#include <initializer_list>
#include <string_view>

#include "shared/i18n.hpp"

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

// Translations are first drafts, one file per language in shared/translations/; the
// README asks native speakers to review them.
void AddBuiltInTranslations() {
  Add(Language::Hindi, {
#include "shared/translations/hi.inc"
  });
  Add(Language::Nepali, {
#include "shared/translations/ne.inc"
  });
  Add(Language::Bengali, {
#include "shared/translations/bn.inc"
  });
  Add(Language::Urdu, {
#include "shared/translations/ur.inc"
  });
  Add(Language::Thai, {
#include "shared/translations/th.inc"
  });
  Add(Language::Khmer, {
#include "shared/translations/km.inc"
  });
  Add(Language::Lao, {
#include "shared/translations/lo.inc"
  });
  Add(Language::Indonesian, {
#include "shared/translations/id.inc"
  });
  Add(Language::Filipino, {
#include "shared/translations/fil.inc"
  });
  Add(Language::Vietnamese, {
#include "shared/translations/vi.inc"
  });
}

}  // namespace hw
