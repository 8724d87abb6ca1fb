#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "overleg.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocument, "overleg.document", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibrary, "overleg.library", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "overleg.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "overleg.models", QtWarningMsg)
