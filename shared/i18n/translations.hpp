#pragma once
// The translations of shared/i18n/translations/*.inc compiled in, for the tests and the
// build's tools. The web app does not link them: it fetches the person's language.

namespace hw {

// Adds every language's built-in table (shared/i18n/translations/<code>.inc).
void AddBuiltInTranslations();

}  // namespace hw
