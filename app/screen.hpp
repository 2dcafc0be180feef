#pragma once
// The screens of the app, one shown at a time (AppState::screen).

namespace hw {

// Samples: every script's sample line, for the shaping comparison test (?samples).
enum class Screen {
  Home,
  Learn,
  Shop,
  MyGroup,
  Settings,
  Language,
  Samples,
  // Learn (app/learn/view_profiles.cpp, view_lesson.cpp, view_quiz.cpp, view_trainer.cpp)
  Profiles,
  Lesson,
  Quiz,
  Trainer,
  // The buyer's screens (app/shop/view_shop.cpp, view_product.cpp,
  // view_order_request.cpp, view_my_orders.cpp) and the catalogue import.
  ShopProduct,
  ShopOrder,
  MyOrders,
  CatalogueImport,
  // The trainer's lesson editor (app/learn/view_lesson_editor.cpp).
  LessonEditor
};

}  // namespace hw
