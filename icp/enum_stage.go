package icp

import "database/sql/driver"

// Stage tells when a catalogue entry is raised: as a rectification notice
// (整改通知) on an approved filing, as a rejection (驳回) of an application
// under review, or at both stages. The numeric value is internal; text stores
// the ASCII name. The zero value is unset.
type Stage uint8

// The stages of the rectification catalogue.
const (
	StageRectification Stage = iota + 1 // 整改通知: after approval, during checks
	StageRejection                      // 驳回: while the application is reviewed
	StageBoth                           // either
	stageEnd
)

var stageTable = [...]enumEntry{
	{},
	{"rectification", "整改通知"},
	{"rejection", "驳回"},
	{"both", "整改通知或驳回"},
}

// Includes reports whether an entry of stage v is raised at stage s
// ([StageBoth] includes both others).
func (v Stage) Includes(s Stage) bool { return v == s || (v == StageBoth && s.IsValid()) }

// IsValid reports whether v is one of the Stage constants.
func (v Stage) IsValid() bool { return v > 0 && v < stageEnd }

// String returns the stable ASCII name ("rectification"), or "Stage(N)" for a value that
// is not a constant.
func (v Stage) String() string { return enumString(stageTable[:], "Stage", int(v)) }

// Label returns the Chinese name (整改通知), or "" for a value that is not a constant.
func (v Stage) Label() string { return enumLabel(stageTable[:], int(v)) }

// ParseStage returns the Stage named s (as [Stage.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParseStage(s string) (Stage, error) {
	n, err := enumParse(stageTable[:], "Stage", s, false)
	return Stage(n), err
}

// AppendText appends the name of v to b; the zero Stage appends nothing.
func (v Stage) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, stageTable[:], "Stage", int(v))
}

// MarshalText encodes v by name; the zero Stage encodes as "".
func (v Stage) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [Stage.MarshalText]; "" is the zero Stage.
func (v *Stage) UnmarshalText(b []byte) error {
	n, err := enumParse(stageTable[:], "Stage", string(b), true)
	if err != nil {
		return err
	}
	*v = Stage(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero Stage,
// text is decoded as by [Stage.UnmarshalText].
func (v *Stage) Scan(src any) error {
	s, err := scanText(src, "Stage")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero Stage.
func (v Stage) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
