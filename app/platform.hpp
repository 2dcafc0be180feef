#pragma once
// What the app asks of the device it runs on. web/ implements it for the browser;
// tests implement it in memory. The app never includes Emscripten or SDL itself.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace hw {

class Platform {
 public:
  virtual ~Platform() = default;
  // Hands a file to the person: a download in a browser.
  virtual void Download(std::string_view fileName, std::string_view mimeType,
                        std::span<const std::uint8_t> bytes) = 0;
  // Opens a link outside the app (WhatsApp, e-mail, a web page).
  virtual void OpenUrl(std::string_view url) = 0;
  // The folder where the app keeps its saved state.
  virtual std::filesystem::path StorageFolder() = 0;
  // Makes what was just written to StorageFolder() durable (IndexedDB in a browser).
  virtual void PersistStorage() = 0;
};

}  // namespace hw
