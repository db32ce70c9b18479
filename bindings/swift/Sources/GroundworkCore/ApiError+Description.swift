// Written by hand (the generated bindings sit beside it).
//
// The core exports Rust's `Display` for `ApiError` as `description`; declaring the conformance
// makes string interpolation, `String(describing:)` and `localizedDescription` (which uniffi
// builds with `String(reflecting:)`) all give the plain sentence meant for a person.
extension ApiError: CustomStringConvertible {}
