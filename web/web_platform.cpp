#include "web/web_platform.hpp"

#include <emscripten.h>

#include <ctime>
#include <string>

namespace {

// A Blob handed to the browser as a download through a temporary link.
// JavaScript inside the macros: not C++, left as written.
// clang-format off
EM_JS(void, JsDownload, (const char* name, const char* mime, const void* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const blob = new Blob([bytes], {type: UTF8ToString(mime)});
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = UTF8ToString(name);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
});

EM_JS(void, JsOpenUrl, (const char* url), {
  window.open(UTF8ToString(url), '_blank', 'noopener');
});

EM_JS(void, JsPersistStorage, (), {
  Module.storage.persist();
  Module.platform.updateStorageInfo();
});
EM_JS(void, JsRequestPersistentStorage, (), { Module.platform.requestPersistentStorage(); });
// getTimezoneOffset() is minutes behind UTC (-330 in India).
EM_JS(int, JsTimeZoneOffset, (), { return -new Date().getTimezoneOffset() * 60; });
EM_JS(void, JsChooseFile, (const char* purpose, const char* accept), {
  Module.platform.chooseFile(UTF8ToString(purpose), UTF8ToString(accept));
});
EM_JS(void, JsFetchUrl, (const char* purpose, const char* url), {
  Module.platform.fetchUrl(UTF8ToString(purpose), UTF8ToString(url));
});
EM_JS(void, JsShowKeyboard, (const char* id, const char* label, const char* text, int kind, float x, float y,
                             float width, float height, int maxLength, int rtl), {
  Module.platform.showKeyboard({id: UTF8ToString(id), label: UTF8ToString(label), text: UTF8ToString(text),
                                kind, x, y, width, height, maxLength, rtl: rtl !== 0});
});
EM_JS(int, JsShareBegin, (const char* title, const char* text), {
  return Module.platform.shareBegin(UTF8ToString(title), UTF8ToString(text)) ? 1 : 0;
});
EM_JS(void, JsShareFile, (const char* name, const char* mime, const void* data, int size), {
  Module.platform.shareFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
});
EM_JS(int, JsShareEnd, (), { return Module.platform.shareEnd() ? 1 : 0; });
EM_JS(void, JsHideKeyboard, (), { Module.platform.hideKeyboard(); });
EM_JS(void, JsCopyText, (const char* text), { Module.platform.copyText(UTF8ToString(text)); });
EM_JS(int, JsSpeak, (const char* text, const char* lang), {
  return Module.platform.speak(UTF8ToString(text), UTF8ToString(lang)) ? 1 : 0;
});
EM_JS(void, JsStopSpeaking, (), { Module.platform.stopSpeaking(); });
EM_JS(int, JsIsStorageWriter, (), { return Module.storage.isWriter() ? 1 : 0; });
// clang-format on

}  // namespace

namespace hw {

void WebPlatform::Download(std::string_view fileName, std::string_view mimeType, std::span<const std::uint8_t> bytes) {
  const std::string name(fileName), mime(mimeType);
  JsDownload(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void WebPlatform::OpenUrl(std::string_view url) {
  const std::string u(url);
  JsOpenUrl(u.c_str());
}

}  // namespace hw

namespace hw {

std::filesystem::path WebPlatform::StorageFolder() { return "/data"; }  // mounted by web/storage.js

void WebPlatform::PersistStorage() { JsPersistStorage(); }

bool WebPlatform::IsStorageWriter() { return JsIsStorageWriter() != 0; }

void WebPlatform::RequestPersistentStorage() { JsRequestPersistentStorage(); }

void WebPlatform::ChooseFile(FilePurpose purpose, std::string_view accept) {
  const std::string p(PurposeName(purpose)), a(accept);
  JsChooseFile(p.c_str(), a.c_str());
}

void WebPlatform::FetchUrl(FilePurpose purpose, std::string_view url) {
  const std::string p(PurposeName(purpose)), u(url);
  JsFetchUrl(p.c_str(), u.c_str());
}

void WebPlatform::ShowKeyboard(const TextEditRequest& r) {
  JsShowKeyboard(r.fieldId.c_str(), r.label.c_str(), r.text.c_str(), static_cast<int>(r.kind), r.x, r.y, r.width,
                 r.height, r.maxLength, r.rightToLeft ? 1 : 0);
}

void WebPlatform::HideKeyboard() { JsHideKeyboard(); }

// The Web Share API with the files where the browser can share them (navigator.canShare).
bool WebPlatform::Share(std::string_view title, std::string_view text, const std::vector<SharedFile>& files) {
  const std::string t(title), body(text);
  if (!JsShareBegin(t.c_str(), body.c_str())) return false;
  for (const SharedFile& file : files) {
    JsShareFile(file.name.c_str(), file.mimeType.c_str(), file.bytes.data(), static_cast<int>(file.bytes.size()));
  }
  return JsShareEnd() != 0;
}

Timestamp WebPlatform::Now() { return static_cast<Timestamp>(std::time(nullptr)); }
UtcOffset WebPlatform::TimeZoneOffset() { return JsTimeZoneOffset(); }

void WebPlatform::CopyText(std::string_view text) {
  const std::string t(text);
  JsCopyText(t.c_str());
}

bool WebPlatform::Speak(std::string_view text, std::string_view languageCode) {
  const std::string t(text), l(languageCode);
  return JsSpeak(t.c_str(), l.c_str()) != 0;
}

void WebPlatform::StopSpeaking() { JsStopSpeaking(); }

}  // namespace hw
