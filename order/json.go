package order

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/beian-go/beian/icp"
)

// orderJSON is the stored form of an [Order].
type orderJSON struct {
	ID          string          `json:"id"`
	Type        Type            `json:"type"`
	Status      Status          `json:"status"`
	Created     time.Time       `json:"created"`
	Updated     time.Time       `json:"updated"`
	Application icp.Application `json:"application"`
	History     []Entry         `json:"history"`
}

// MarshalJSON encodes the whole order for storage or exchange: id, type, status, created,
// updated, application (with its personal data in full, as package icp marshals it) and
// history, with enums by name and times in RFC 3339.
func (o Order) MarshalJSON() ([]byte, error) {
	h := o.history
	if h == nil {
		h = []Entry{}
	}
	return json.Marshal(orderJSON{
		ID: o.id, Type: o.typ, Status: o.status, Created: o.created, Updated: o.updated,
		Application: o.Application, History: h,
	})
}

// UnmarshalJSON decodes what [Order.MarshalJSON] writes. The history is replayed as by
// [Restore], and the stored status and update time must be where it ends; a mismatch is a
// [*HistoryError]. On any error the order is left unchanged. JSON null is a no-op, as for
// the standard library's own decoders.
func (o *Order) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j orderJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	r, err := Restore(j.ID, j.Type, j.Created, j.History)
	if err != nil {
		return err
	}
	if r.status != j.Status || !r.updated.Equal(j.Updated) {
		return &HistoryError{Index: len(j.History), Err: fmt.Errorf(
			"order: stored status %v updated %s, but the history ends in %v at %s",
			j.Status, j.Updated.Format(time.RFC3339Nano), r.status, r.updated.Format(time.RFC3339Nano))}
	}
	r.Application = j.Application
	*o = *r
	return nil
}
