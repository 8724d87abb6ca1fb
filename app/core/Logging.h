#pragma once

#include <QLoggingCategory>

// One category per module, so `QT_LOGGING_RULES="overleg.store.debug=true"` shows one layer.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcDocument)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
