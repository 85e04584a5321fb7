// nic_regs.h - AXI4-Lite register map of the nicsim NIC: 32-bit registers at byte addresses, little-endian host structures, counters wrapping at 2^32.
//
// Generated from regmap/nic_regs.json by org.nicsim.regmap.Generator: do not edit.
// Regenerate with: mvn -B -ntp -q -pl regmap compile exec:java
#pragma once

#include <cstdint>

namespace nicsim {
namespace nic_regs {

constexpr uint32_t UNMAPPED_VALUE = 0xDEADBEEFu;
constexpr uint32_t ID_VALUE = 0x4E494353u;  // value of ID: "NICS"
constexpr uint32_t MAX_QUEUES = 16;  // queue pairs the map can address: RETA entries and DEFAULT_QUEUE are 4 bits
constexpr uint32_t RETA_SIZE = 128;  // RETA entries
constexpr uint32_t RETA_ENTRY_BITS = 4;  // bits of one RETA entry (a queue number)
constexpr uint32_t RSS_KEY_BYTES = 40;  // Toeplitz key length
constexpr uint32_t RING_MIN = 8;  // smallest valid ring SIZE
constexpr uint32_t RING_MAX = 4096;  // largest valid ring SIZE (a power of two)

// global registers
constexpr uint32_t ID = 0x0000;
constexpr uint32_t VERSION = 0x0004;
constexpr uint32_t CAPS = 0x0008;
constexpr uint32_t CTRL = 0x000C;
constexpr uint32_t STATUS = 0x0010;
constexpr uint32_t SCRATCH = 0x0014;
constexpr uint32_t IRQ_STATUS = 0x0018;
constexpr uint32_t IRQ_MASK = 0x001C;
constexpr uint32_t RSS_HASH_TYPES = 0x0020;
constexpr uint32_t DEFAULT_QUEUE = 0x0024;
constexpr uint32_t RX_FRAMES = 0x0200;
constexpr uint32_t RX_DELIVERED = 0x0204;
constexpr uint32_t RX_DROP_NOBUF = 0x0208;
constexpr uint32_t RX_DROP_ERROR = 0x020C;
constexpr uint32_t RX_MALFORMED = 0x0210;
constexpr uint32_t TX_FRAMES = 0x0214;
constexpr uint32_t MMIO_WRITES = 0x0218;
constexpr uint32_t DMA_FAULTS = 0x021C;

// register fields: a one-bit field as its mask, a wider one as SHIFT and (unshifted) MASK
constexpr uint32_t VERSION_MINOR_SHIFT = 0, VERSION_MINOR_MASK = 0xFFFFu;
constexpr uint32_t VERSION_MAJOR_SHIFT = 16, VERSION_MAJOR_MASK = 0xFFFFu;
constexpr uint32_t CAPS_NUM_QUEUES_SHIFT = 0, CAPS_NUM_QUEUES_MASK = 0xFFu;
constexpr uint32_t CAPS_RETA_LOG2_SHIFT = 8, CAPS_RETA_LOG2_MASK = 0xFFu;
constexpr uint32_t CAPS_KEY_BYTES_SHIFT = 16, CAPS_KEY_BYTES_MASK = 0xFFu;
constexpr uint32_t CTRL_RX_EN = 1u << 0;
constexpr uint32_t CTRL_TX_EN = 1u << 1;
constexpr uint32_t CTRL_SOFT_RESET = 1u << 31;
constexpr uint32_t STATUS_RX_IDLE = 1u << 0;
constexpr uint32_t STATUS_TX_IDLE = 1u << 1;
constexpr uint32_t RSS_HASH_TYPES_IPV4 = 1u << 1;
constexpr uint32_t RSS_HASH_TYPES_TCP_IPV4 = 1u << 2;
constexpr uint32_t RSS_HASH_TYPES_IPV6 = 1u << 3;
constexpr uint32_t RSS_HASH_TYPES_TCP_IPV6 = 1u << 4;
constexpr uint32_t RSS_HASH_TYPES_UDP_IPV4 = 1u << 7;
constexpr uint32_t RSS_HASH_TYPES_UDP_IPV6 = 1u << 9;
constexpr uint32_t DEFAULT_QUEUE_QUEUE_SHIFT = 0, DEFAULT_QUEUE_QUEUE_MASK = 0xFu;

// word windows
constexpr uint32_t RSS_KEY_BASE = 0x0040, RSS_KEY_WORDS = 10;
constexpr uint32_t RETA_BASE = 0x0100, RETA_WORDS = 32;

// per-queue block: one block per queue pair q, 0 <= q < NUM_QUEUES; addresses of blocks q >= NUM_QUEUES are unmapped
constexpr uint32_t QUEUE_BASE = 0x1000, QUEUE_STRIDE = 0x40;
constexpr uint32_t RXQ_BASE_LO = 0x00;
constexpr uint32_t RXQ_BASE_HI = 0x04;
constexpr uint32_t RXQ_SIZE = 0x08;
constexpr uint32_t RXQ_TAIL = 0x0C;
constexpr uint32_t RXQ_HEAD = 0x10;
constexpr uint32_t RXQ_DELIVERED = 0x14;
constexpr uint32_t RXQ_DROPS = 0x18;
constexpr uint32_t TXQ_BASE_LO = 0x20;
constexpr uint32_t TXQ_BASE_HI = 0x24;
constexpr uint32_t TXQ_SIZE = 0x28;
constexpr uint32_t TXQ_TAIL = 0x2C;
constexpr uint32_t TXQ_HEAD = 0x30;
constexpr uint32_t TXQ_DOORBELLS = 0x34;
constexpr uint32_t TXQ_FRAMES = 0x38;
constexpr uint32_t TXQ_BAD_DOORBELLS = 0x3C;
constexpr uint32_t DOORBELL = TXQ_TAIL;

// address of register `offset` in the block of queue q
constexpr uint32_t queueReg(uint32_t q, uint32_t offset) { return QUEUE_BASE + QUEUE_STRIDE * q + offset; }

}  // namespace nic_regs
}  // namespace nicsim
