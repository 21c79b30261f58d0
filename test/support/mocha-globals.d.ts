// The test runner provides mocha's describe/it/before… as globals in every test file.
/// <reference types="mocha" />
