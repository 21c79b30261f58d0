// The package's JSX types for React, opted into once for the whole app.
import type {} from '@ishraqat/widgets/jsx';
