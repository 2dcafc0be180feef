#include "web/web_platform.hpp"

#include <emscripten.h>

#include <string>

namespace {

// A Blob handed to the browser as a download through a temporary link.
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

EM_JS(void, JsPersistStorage, (), { Module.storage.persist(); });
EM_JS(int, JsIsStorageWriter, (), { return Module.storage.isWriter() ? 1 : 0; });

}  // namespace

namespace hw {

void WebPlatform::Download(std::string_view fileName, std::string_view mimeType,
                           std::span<const std::uint8_t> bytes) {
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

}  // namespace hw
