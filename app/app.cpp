#include "app/app.hpp"

#include <imgui.h>

#include "app/incoming.hpp"
#include "app/learn/learn.hpp"
#include "app/learn/lessons_loader.hpp"
#include "app/my_group/my_group.hpp"
#include "app/screens/screens.hpp"
#include "app/shop/demo_loader.hpp"
#include "app/shop/shop.hpp"
#include "app/text/text_engine.hpp"
#include "app/ui/keyboard_nav.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"

namespace hw {

void DrawApp(AppState& state, Platform& platform) {
  HandleIncoming(state, platform);
  StartDemoLoad(state, platform);
  StartLessonsLoad(state, platform);
  EnsureProfile(state);
  // The chosen language's fonts are fetched before its text is first drawn.
  if (text::TextEngine* engine = text::CurrentEngine()) engine->Fonts().Want(text::ScriptOf(state.language));
  SetLayoutRightToLeft(Info(state.language).rightToLeft);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##app", nullptr, kFlags);
  if (state.screen == Screen::Samples) {
    DrawSamples(state);  // full width: sample lines are long
  } else {
    // Notices stay above the screen, in view however far it is scrolled.
    if (HasNotices(state)) {
      BeginContentColumn(state, "##notices", true);
      DrawNotices(state, platform);
      EndContentColumn();
    }
    ImGui::PushID(static_cast<int>(state.screen));  // each screen keeps its own scroll position
    BeginContentColumn(state, "##column");
    switch (state.screen) {
      case Screen::Home: DrawHome(state); break;
      case Screen::Learn: DrawLearn(state, platform); break;
      case Screen::Shop: DrawShop(state, platform); break;
      case Screen::ShopProduct: DrawProduct(state, platform); break;
      case Screen::ShopOrder: DrawOrderRequest(state, platform); break;
      case Screen::MyOrders: DrawMyOrders(state, platform); break;
      case Screen::CatalogueImport: DrawCatalogueImport(state, platform); break;
      case Screen::MyGroup: DrawMyGroup(state, platform); break;
      case Screen::Language: DrawLanguageChoice(state); break;
      case Screen::Settings: DrawSettings(state, platform); break;
      case Screen::Samples: break;
      case Screen::Profiles: DrawProfiles(state, platform); break;
      case Screen::Lesson: DrawLesson(state, platform); break;
      case Screen::Quiz: DrawQuiz(state, platform); break;
      case Screen::Trainer: DrawTrainer(state, platform); break;
      case Screen::LessonEditor: DrawLessonEditor(state, platform); break;
    }
    EndContentColumn();
    ImGui::PopID();
  }
  ImGui::End();
  EndKeyboardNavigation();
  FinishTextFields(state, platform);
  RequestFonts(platform);  // what this frame's text needs and is not loaded yet
  RequestTranslations(platform);
  // Work left for the next frame: files waiting their turn, photos over this frame's decodes.
  if (!state.incoming.empty() || state.photos.TakeWaiting()) state.RequestFrame();
  ++state.framesDrawn;
}

}  // namespace hw
