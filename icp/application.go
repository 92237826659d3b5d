package icp

import (
	"iter"
	"strconv"
)

// Application is a filing application (备案申请): the subject with the
// websites and APPs it files. Which kind of filing it is (first filing, new
// website, change …) is carried by the order that holds it, not here.
//
// An Application decodes from and encodes to JSON with lowerCamelCase keys
// (see testdata/sample-application.json). Printing it with fmt or logging it
// with log/slog masks all personal data. The zero Application is empty.
type Application struct {
	// Subject is the filing subject.
	Subject Subject `json:"subject" validate:"required"`
	// Websites are the websites filed in this application.
	Websites []Website `json:"websites,omitempty" validate:"omitempty,dive"`
	// Apps are the APPs filed in this application.
	Apps []App `json:"apps,omitempty" validate:"omitempty,dive"`
}

// Persons iterates over every responsible person of the application with the
// JSON path of its field: "subject.principal", then
// "websites[i].responsiblePerson" and "apps[i].responsiblePerson" in order.
func (a *Application) Persons() iter.Seq2[string, *Person] {
	return func(yield func(string, *Person) bool) {
		if !yield("subject.principal", &a.Subject.Principal) {
			return
		}
		for i := range a.Websites {
			if !yield("websites["+strconv.Itoa(i)+"].responsiblePerson", &a.Websites[i].ResponsiblePerson) {
				return
			}
		}
		for i := range a.Apps {
			if !yield("apps["+strconv.Itoa(i)+"].responsiblePerson", &a.Apps[i].ResponsiblePerson) {
				return
			}
		}
	}
}

// Domains iterates over every domain of the application with the JSON path
// of its field ("websites[0].domains[0]", "apps[0].domains[1]" …), websites
// first.
func (a *Application) Domains() iter.Seq2[string, Domain] {
	return func(yield func(string, Domain) bool) {
		for i, w := range a.Websites {
			for j, d := range w.Domains {
				if !yield("websites["+strconv.Itoa(i)+"].domains["+strconv.Itoa(j)+"]", d) {
					return
				}
			}
		}
		for i, ap := range a.Apps {
			for j, d := range ap.Domains {
				if !yield("apps["+strconv.Itoa(i)+"].domains["+strconv.Itoa(j)+"]", d) {
					return
				}
			}
		}
	}
}
