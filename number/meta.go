package number

import "github.com/beian-go/beian/province"

// fields is a Number taken apart: the parsers fill one in, the formatter
// reads one.
type fields struct {
	serial uint64        // the serial digits as an integer; nser gives the width
	seq    uint32        // service sequence, 0 for subject-level numbers
	pfx    rune          // public-security prefix character as printed; 0 for other kinds
	kind   Kind          // zero for the zero Number
	prov   province.Code // issuing province; for public-security numbers, from the area code
	nser   uint8         // number of serial digits
	svc    Service       // ServiceNone iff seq == 0
	class  licenceClass  // telecom licence classes
}

// meta packs the small parts of a Number into one word, so that a Number
// is two machine words: functions return it in registers and copy it in
// two moves. Bits, from the lowest: kind 3, province 7, serial width 5,
// service 3, licence classes 4, sequence 17, prefix character 21.
type meta uint64

const (
	kindShift  = 0
	provShift  = 3
	nserShift  = 10
	svcShift   = 15
	classShift = 18
	seqShift   = 22
	pfxShift   = 39

	kindMask  = 1<<3 - 1
	provMask  = 1<<7 - 1
	nserMask  = 1<<5 - 1
	svcMask   = 1<<3 - 1
	classMask = 1<<4 - 1
	seqMask   = 1<<17 - 1
	pfxMask   = 1<<21 - 1
)

// number packs f.
func (f *fields) number() Number {
	return Number{serial: f.serial, meta: meta(f.kind)<<kindShift | meta(f.prov)<<provShift |
		meta(f.nser)<<nserShift | meta(f.svc)<<svcShift | meta(f.class)<<classShift |
		meta(f.seq)<<seqShift | meta(f.pfx)<<pfxShift}
}

// fields unpacks n.
func (n Number) fields() fields {
	m := n.meta
	return fields{serial: n.serial, seq: m.seq(), pfx: m.pfx(), kind: m.kind(), prov: m.prov(),
		nser: m.nser(), svc: m.svc(), class: m.class()}
}

func (m meta) kind() Kind          { return Kind(m >> kindShift & kindMask) }
func (m meta) prov() province.Code { return province.Code(m >> provShift & provMask) }
func (m meta) nser() uint8         { return uint8(m >> nserShift & nserMask) }
func (m meta) svc() Service        { return Service(m >> svcShift & svcMask) }
func (m meta) class() licenceClass { return licenceClass(m >> classShift & classMask) }
func (m meta) seq() uint32         { return uint32(m >> seqShift & seqMask) }
func (m meta) pfx() rune           { return rune(m >> pfxShift & pfxMask) }
func (m meta) subject() meta       { return m &^ (seqMask<<seqShift | svcMask<<svcShift) }
