// Learn as a person meets it on a shared phone: profiles, the lesson player, quizzes,
// progress, the certificate and the trainer's view.
#include <doctest/doctest.h>

#include <stb/stb_image.h>  // implemented in shared/media/stb_image.cpp

#include <string>

#include "app/learn/certificate.hpp"
#include "shared/core/csv.hpp"
#include "shared/learning/profiles.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;
using namespace hw;

namespace {

LocalizedText En(std::string text) {
  LocalizedText t;
  t.Set("en", std::move(text));
  return t;
}

// One course, one lesson of three steps and a quiz of each kind.
Course SmallCourse() {
  Course course;
  course.id = "money";
  course.title = En("Money basics");
  course.summary = En("Count and keep your money.");
  Lesson lesson;
  lesson.id = "money-count";
  lesson.title = En("Count your coins");
  for (int i = 1; i <= 3; ++i) {
    Step step{.id = "s" + std::to_string(i),
              .text = En("Step text " + std::to_string(i)),
              .tip = En("Tip " + std::to_string(i)),
              .icon = LessonIcon::Coins};
    step.text.Set("hi", "चरण " + std::to_string(i));
    lesson.steps.push_back(step);
  }
  Question single{.id = "q1",
                  .kind = QuestionKind::SingleChoice,
                  .prompt = En("Where do you keep money safe?"),
                  .options = {En("Under a stone"), En("In a bank account")},
                  .correct = {1},
                  .explanation = En("A bank keeps it safe and counts it for you.")};
  Question multiple{.id = "q2",
                    .kind = QuestionKind::MultipleChoice,
                    .prompt = En("Which are costs?"),
                    .options = {En("Thread"), En("A gift"), En("Dye")},
                    .correct = {0, 2}};
  Question truth{.id = "q3", .kind = QuestionKind::TrueFalse, .prompt = En("Your time has value."), .correct = {1}};
  Question order{.id = "q4",
                 .kind = QuestionKind::PutInOrder,
                 .prompt = En("Put in order"),
                 .options = {En("Buy"), En("Make"), En("Sell")},
                 .correct = {0, 1, 2}};
  lesson.quiz.questions = {single, multiple, truth, order};
  course.lessons = {lesson};
  return course;
}

void Ready(UiHarness& ui) {
  ui.state.data.settings.demoLoaded = true;
  ui.state.data.courses = {SmallCourse()};
  ui.Frame();
}

void OpenLesson(UiHarness& ui) {
  REQUIRE(ui.Tap("home.learn"));
  REQUIRE(ui.Tap("learn.course.money"));
  REQUIRE(ui.Tap("learn.lesson.money-count"));
}

// Answers the quiz of SmallCourse: every answer right, or every one wrong.
void TakeQuiz(UiHarness& ui, bool right) {
  REQUIRE(ui.Tap(right ? "quiz.option.1" : "quiz.option.0"));
  REQUIRE(ui.Tap("quiz.check"));
  REQUIRE(ui.Tap("quiz.next"));
  REQUIRE(ui.Tap("quiz.option.0"));
  if (right) REQUIRE(ui.Tap("quiz.option.2"));
  REQUIRE(ui.Tap("quiz.check"));
  REQUIRE(ui.Tap("quiz.next"));
  REQUIRE(ui.Tap(right ? "quiz.option.1" : "quiz.option.0"));
  REQUIRE(ui.Tap("quiz.check"));
  REQUIRE(ui.Tap("quiz.next"));
  // Shown as Make, Sell, Buy: Buy goes up twice.
  CHECK(ui.Find("quiz.item.0")->label == "1. Make");
  if (right) {
    REQUIRE(ui.Tap("quiz.up.2"));
    REQUIRE(ui.Tap("quiz.up.1"));
    CHECK(ui.Find("quiz.item.0")->label == "1. Buy");
  }
  REQUIRE(ui.Tap("quiz.check"));
  REQUIRE(ui.Tap("quiz.next"));
}

}  // namespace

TEST_SUITE_BEGIN("learn");

TEST_CASE("on first start a profile is made for the person, shown on home; it can be named") {
  UiHarness ui;
  Ready(ui);
  REQUIRE(ui.state.data.profiles.size() == 1);
  const WidgetRect* button = ui.Find("home.profile");
  REQUIRE(button != nullptr);
  CHECK(button->label == "Me");
  CHECK(button->height >= 48);
  CHECK(ui.Find("home.learn") != nullptr);  // nothing stands in the way

  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.edit"));
  REQUIRE(ui.Type("profile.name", "Asha"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("profile.avatar.3"));
  CHECK(ui.state.data.profiles[0].avatarShape == 3);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.Find("home.profile")->label == "Asha");
}

TEST_CASE("two profiles on one phone each see only their own progress; switching takes two taps") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  REQUIRE(ui.Tap("lesson.next"));
  REQUIRE(ui.Tap("lesson.next"));
  REQUIRE(ui.Tap("lesson.next"));  // the quiz
  TakeQuiz(ui, true);
  CHECK(ui.Find("quiz.verdict")->label == "Well done! You have mastered this lesson.");
  REQUIRE(ui.Tap("quiz.done"));
  CHECK(ui.Find("learn.lesson.money-count.status")->label == "Mastered");
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.Find("learn.course.money.progress")->label == "Mastered: 1 of 1");
  REQUIRE(ui.Tap("nav.back"));

  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.new"));
  REQUIRE(ui.Type("profile.name", "Rina"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.Find("home.profile")->label == "Rina");
  REQUIRE(ui.Tap("home.learn"));
  CHECK(ui.Find("learn.course.money.progress")->label == "Mastered: 0 of 1");
  REQUIRE(ui.Tap("learn.course.money"));
  CHECK(ui.Find("learn.lesson.money-count.status")->label == "Not started");
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));

  // Back to the first person: two taps.
  REQUIRE(ui.Tap("home.profile"));
  const Id first = ui.state.data.profiles[0].id;
  REQUIRE(ui.Tap("profiles.pick." + first));
  CHECK(ui.state.screen == Screen::Home);
  CHECK(ui.Find("home.profile")->label == "Me");
  REQUIRE(ui.Tap("home.learn"));
  CHECK(ui.Find("learn.course.money.progress")->label == "Mastered: 1 of 1");
}

TEST_CASE("the interface language is the active profile's, and changes with the profile") {
  UiHarness ui;
  Ready(ui);
  ChooseLanguage(ui.state, Language::Hindi);  // Settings' list and the home button do this
  ui.Frame();
  CHECK(ui.state.data.profiles[0].language == "hi");
  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.new"));
  REQUIRE(ui.Tap("profile.lang.th"));
  CHECK(ui.state.language == Language::Thai);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("profiles.pick." + ui.state.data.profiles[0].id));
  CHECK(ui.state.language == Language::Hindi);
  CHECK(ui.state.data.settings.language == "hi");
}

TEST_CASE("a profile with a PIN opens only with its PIN, and the PIN is kept hashed") {
  UiHarness ui;
  Ready(ui);
  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.edit"));
  REQUIRE(ui.Type("profile.pin", "12a4"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("profile.pin.save"));
  CHECK(ui.Find("The PIN must be exactly 4 digits") != nullptr);
  CHECK_FALSE(ui.state.data.profiles[0].pin.has_value());
  REQUIRE(ui.Type("profile.pin", "2468"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("profile.pin.save"));
  REQUIRE(ui.state.data.profiles[0].pin.has_value());
  CHECK(ui.state.data.profiles[0].pin->hashHex.find("2468") == std::string::npos);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("profiles.new"));  // someone else now holds the phone
  REQUIRE(ui.Tap("nav.back"));
  const Id owner = ui.state.data.profiles[0].id;
  REQUIRE(ui.Tap("profiles.pick." + owner));
  CHECK(ui.state.data.settings.activeProfileId != owner);
  REQUIRE(ui.Type("profiles.unlock.pin", "1111"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("profiles.unlock.ok"));
  CHECK(ui.state.data.settings.activeProfileId != owner);
  CHECK(ui.Find("This PIN is not right. Try again.") != nullptr);
  REQUIRE(ui.Type("profiles.unlock.pin", "2468"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("profiles.unlock.ok"));
  CHECK(ui.state.data.settings.activeProfileId == owner);
  CHECK(ui.state.screen == Screen::Home);
}

TEST_CASE("a profile is removed with its progress only after a yes; it can be saved as a file first") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.edit"));
  REQUIRE(ui.Tap("profile.export"));
  REQUIRE(ui.platform.downloads.size() == 1);
  CHECK(ui.platform.downloads[0].name ==
        "homeworks-profile-" + ui.state.data.profiles[0].id.substr(0, 8) + "-2026-01-01.json");
  const std::string json(ui.platform.downloads[0].bytes.begin(), ui.platform.downloads[0].bytes.end());
  CHECK(json.find("money-count") != std::string::npos);  // the lesson it opened

  const Id old = ui.state.data.profiles[0].id;
  REQUIRE(ui.Tap("profile.remove"));
  REQUIRE(ui.Tap("profile.remove.no"));
  CHECK(ui.state.data.profiles.size() == 1);
  REQUIRE(ui.Tap("profile.remove"));
  CHECK(ui.Find("profile.remove.question")->label ==
        "Remove this profile and all its progress from this phone? This cannot be undone.");
  REQUIRE(ui.Tap("profile.remove.yes"));
  // The phone always has someone to learn as: a fresh profile, with no progress.
  REQUIRE(ui.state.data.profiles.size() == 1);
  CHECK(ui.state.data.profiles[0].id != old);
  CHECK(ui.state.data.progress.empty());
}

TEST_CASE("the player shows one step per screen; next, back and swipes move between steps") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  CHECK(ui.Find("lesson.counter")->label == "Step 1 of 3");
  CHECK(ui.Find("lesson.text")->label == "Step text 1");
  CHECK(ui.Find("lesson.tip")->label == "Tip: Tip 1");
  CHECK(ui.Find("lesson.back") == nullptr);  // nothing before the first step
  REQUIRE(ui.Tap("lesson.next"));
  CHECK(ui.Find("lesson.text")->label == "Step text 2");
  REQUIRE(ui.Tap("lesson.back"));
  CHECK(ui.Find("lesson.text")->label == "Step text 1");
  ui.Swipe(-200);
  CHECK(ui.Find("lesson.text")->label == "Step text 2");
  ui.Swipe(-200);
  CHECK(ui.Find("lesson.text")->label == "Step text 3");
  CHECK(ui.Find("lesson.next")->label == "Start the quiz");
  ui.Swipe(200);
  CHECK(ui.Find("lesson.text")->label == "Step text 2");
  ui.Swipe(30);  // too short to be a swipe
  CHECK(ui.Find("lesson.text")->label == "Step text 2");
}

TEST_CASE("a lesson resumes at the step the person left, after the app restarts") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  REQUIRE(ui.Tap("lesson.next"));
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.Find("learn.lesson.money-count.status")->label == "Step 2 of 3");

  UiHarness later;  // the saved data in a new start of the app
  later.state.data = ui.state.data;
  later.state.language = ui.state.language;
  later.Frame();
  OpenLesson(later);
  CHECK(later.Find("lesson.text")->label == "Step text 2");

  // Once the quiz is taken, the lesson opened again starts from its first step.
  REQUIRE(later.Tap("lesson.next"));
  REQUIRE(later.Tap("lesson.next"));
  TakeQuiz(later, true);
  REQUIRE(later.Tap("quiz.done"));
  REQUIRE(later.Tap("learn.lesson.money-count"));
  CHECK(later.Find("lesson.counter")->label == "Step 1 of 3");
}

TEST_CASE("read aloud speaks the step in the lesson's language, or says the phone has no voice for it") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  REQUIRE(ui.Tap("lesson.speak"));
  CHECK(ui.platform.spoken.empty());
  CHECK(ui.Find("lesson.novoice") != nullptr);

  ui.platform.voices = {"hi"};
  ChooseLanguage(ui.state, Language::Hindi);
  ui.Frame();
  REQUIRE(ui.Tap("lesson.speak"));
  REQUIRE(ui.platform.spoken.size() == 1);
  CHECK(ui.platform.spoken[0] == "hi: चरण 1\nTip 1");  // the tip has no Hindi yet: English
  CHECK(ui.Find("lesson.novoice") == nullptr);
  REQUIRE(ui.Tap("lesson.speak"));  // now "stop"
  CHECK(ui.platform.spoken.back() == "(stop)");
}

TEST_CASE("the larger-text setting of a profile makes the lesson text larger") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  const float normal = ui.Find("lesson.text")->height;
  ui.state.data.profiles[0].largerText = true;
  ui.Frame();
  ui.Frame();
  CHECK(ui.Find("lesson.text")->height > normal * 1.3f);
}

TEST_CASE("quiz answers get immediate feedback with the explanation; a low score can be retried") {
  UiHarness ui;
  Ready(ui);
  OpenLesson(ui);
  ui.Swipe(-200);
  ui.Swipe(-200);
  ui.Swipe(-200);  // past the last step: the quiz
  REQUIRE(ui.state.screen == Screen::Quiz);
  CHECK(ui.Find("quiz.counter")->label == "Question 1 of 4");
  CHECK(ui.Find("quiz.check") == nullptr);  // nothing chosen yet
  REQUIRE(ui.Tap("quiz.option.0"));
  REQUIRE(ui.Tap("quiz.check"));
  CHECK(ui.Find("quiz.feedback")->label == "Not quite. The right answer is in green.");
  CHECK(ui.Find("quiz.explanation")->label == "A bank keeps it safe and counts it for you.");
  REQUIRE(ui.Tap("quiz.next"));
  CHECK(ui.Find("quiz.hint")->label == "Choose all the right answers.");
  REQUIRE(ui.Tap("quiz.option.0"));
  REQUIRE(ui.Tap("quiz.option.2"));
  REQUIRE(ui.Tap("quiz.check"));
  CHECK(ui.Find("quiz.feedback")->label == "Right!");
  REQUIRE(ui.Tap("quiz.next"));
  REQUIRE(ui.Tap("quiz.option.0"));  // "False"
  CHECK(ui.Find("quiz.option.1")->label == "True");
  REQUIRE(ui.Tap("quiz.check"));
  REQUIRE(ui.Tap("quiz.next"));
  REQUIRE(ui.Tap("quiz.check"));  // the order as shown is not right
  CHECK(ui.Find("quiz.rightorder")->label == "The right order:\n1. Buy\n2. Make\n3. Sell\n");
  REQUIRE(ui.Tap("quiz.next"));
  CHECK(ui.Find("quiz.score")->label == "1 of 4 right (25%)");
  CHECK(ui.Find("quiz.verdict")->label ==
        "You need 80% to master this lesson. Read the steps again and try once more.");
  const Progress* p = FindProgress(ui.state.data, ui.state.data.settings.activeProfileId, "money-count");
  REQUIRE(p != nullptr);
  CHECK(p->attempts == 1);
  CHECK(p->bestPercent == 25);
  CHECK_FALSE(p->mastered);

  REQUIRE(ui.Tap("quiz.retry"));
  CHECK(ui.Find("quiz.counter")->label == "Question 1 of 4");
  TakeQuiz(ui, true);
  CHECK(ui.Find("quiz.score")->label == "4 of 4 right (100%)");
  CHECK(p->mastered);
  CHECK(p->attempts == 2);
}

TEST_CASE("a completed course gives a certificate: a PNG with the learner's name drawn") {
  UiHarness ui;
  Ready(ui);
  ui.state.data.profiles[0].name = "Asha Devi";
  OpenLesson(ui);
  ui.Swipe(-200);
  ui.Swipe(-200);
  REQUIRE(ui.Tap("lesson.next"));
  TakeQuiz(ui, true);
  REQUIRE(ui.Tap("quiz.done"));
  CHECK(ui.Find("learn.complete")->label == "You have completed this course!");
  REQUIRE(ui.Tap("learn.certificate"));
  REQUIRE(ui.platform.downloads.size() == 1);
  const auto& file = ui.platform.downloads[0];
  CHECK(file.name == "certificate-money-2026-01-01.png");
  CHECK(file.mimeType == "image/png");
  int w = 0, h = 0, n = 0;
  unsigned char* pixels = stbi_load_from_memory(file.bytes.data(), static_cast<int>(file.bytes.size()), &w, &h, &n, 3);
  REQUIRE(pixels != nullptr);
  CHECK(w == kCertificateWidth);
  CHECK(h == kCertificateHeight);
  // The name's line differs from a certificate for another name: it is really drawn.
  ui.Frame();
  const auto other = CertificatePng(Language::English, "Rina", "Money basics", "1 January 2026");
  int w2 = 0, h2 = 0;
  unsigned char* otherPixels = stbi_load_from_memory(other.data(), static_cast<int>(other.size()), &w2, &h2, &n, 3);
  REQUIRE(otherPixels != nullptr);
  std::size_t dark = 0, differing = 0;
  for (int i = 0; i < w * h; ++i) {
    const unsigned char* p = pixels + i * 3;
    if (p[0] < 100 && p[1] < 100 && p[2] < 100) ++dark;
    if (std::abs(p[0] - otherPixels[i * 3]) > 60) ++differing;
  }
  CHECK(dark > 2000);      // text in dark ink, not a blank page
  CHECK(differing > 500);  // the names differ
  stbi_image_free(pixels);
  stbi_image_free(otherPixels);
}

TEST_CASE("the trainer sees every profile's progress and saves it as a spreadsheet") {
  UiHarness ui;
  Ready(ui);
  ui.state.data.profiles[0].name = "Asha";
  OpenLesson(ui);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("learn.trainer"));
  const Id asha = ui.state.data.profiles[0].id;
  CHECK(ui.Find("trainer.profile." + asha)->label == "Asha");
  CHECK(ui.Find("trainer.profile." + asha + ".money")->label == "Money basics: Mastered: 0 of 1");
  REQUIRE(ui.Tap("trainer.csv"));
  REQUIRE(ui.platform.downloads.size() == 1);
  CHECK(ui.platform.downloads[0].name == "homeworks-progress-2026-01-01.csv");
  const std::string csv(ui.platform.downloads[0].bytes.begin(), ui.platform.downloads[0].bytes.end());
  const auto table = ReadCsv(csv);
  REQUIRE(table.ok());
  REQUIRE(table.value().rows.size() == 2);
  CHECK(table.value().rows[1][0] == "Asha");
  CHECK(table.value().rows[1][2] == "Count your coins");
  CHECK(table.value().rows[1][3] == "1");
}

TEST_CASE("the active profile's order details are its own; without a profile, the device's") {
  UiHarness ui;
  Ready(ui);
  ActiveBuyerDetails(ui.state).name = "Asha";
  CHECK(ui.state.data.profiles[0].buyer.name == "Asha");
  CHECK(ui.state.data.settings.buyerDetails.name.empty());
  ui.state.data.settings.activeProfileId.clear();
  ui.state.data.profiles.clear();
  ActiveBuyerDetails(ui.state).name = "Shop";
  CHECK(ui.state.data.settings.buyerDetails.name == "Shop");
}

TEST_CASE("a course saved as a lesson pack in the trainer's view is added on another phone and can be taken") {
  UiHarness ui;
  Ready(ui);
  REQUIRE(ui.Tap("home.learn"));
  REQUIRE(ui.Tap("learn.trainer"));
  REQUIRE(ui.Tap("trainer.export.money"));
  REQUIRE(ui.platform.downloads.size() == 1);
  const auto& pack = ui.platform.downloads[0];
  CHECK(pack.name == "money.json");

  UiHarness other;  // another phone, without that course
  other.state.data.settings.demoLoaded = true;
  other.Frame();
  REQUIRE(other.Tap("home.learn"));
  REQUIRE(other.Tap("learn.trainer"));
  REQUIRE(other.Tap("trainer.import"));
  REQUIRE(other.platform.chosenFiles.size() == 1);
  CHECK(other.platform.chosenFiles[0] == "lessons.import .json");
  other.state.incoming.push_back({FilePurpose::LessonImport, "money.json", pack.bytes, ""});
  other.Frame();
  other.Frame();
  CHECK(other.Find("notice.text")->label == "New lessons were added: Money basics");
  REQUIRE(other.Tap("notice.dismiss"));
  REQUIRE(other.Tap("nav.back"));
  REQUIRE(other.Tap("learn.course.money"));
  REQUIRE(other.Tap("learn.lesson.money-count"));
  CHECK(other.Find("lesson.text")->label == "Step text 1");
  CHECK(other.state.data.courses.back() == ui.state.data.courses[0]);
}

TEST_CASE("a file that is not a lesson pack is refused with where it is wrong, and changes nothing") {
  UiHarness ui;
  Ready(ui);
  const auto courses = ui.state.data.courses;
  const std::string broken = R"({"format": "homeworks-lessons", "version": 1, "courses": [{"id": "x"}]})";
  ui.state.incoming.push_back({FilePurpose::LessonImport, "mine.json", {broken.begin(), broken.end()}, ""});
  ui.Frame();
  ui.Frame();
  const WidgetRect* notice = ui.Find("notice.text");
  REQUIRE(notice != nullptr);
  CHECK(notice->label.starts_with("This file is not a lesson pack the app can read. Nothing was changed. mine.json: "));
  CHECK(notice->label.find("courses[0]") != std::string::npos);
  CHECK(ui.state.data.courses == courses);
}

TEST_SUITE_END();
