package order

// One past the last defined value of each enum, for the black-box tests that check every
// constant has a name and a label.
const (
	TypeEnd        = typeEnd
	StatusEnd      = statusEnd
	EventEnd       = eventEnd
	ProviderEnd    = providerEnd
	EditabilityEnd = editabilityEnd
)
